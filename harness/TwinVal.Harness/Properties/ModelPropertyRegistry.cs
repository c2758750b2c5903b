using System.Collections.Immutable;

namespace TwinVal.Harness.Properties;

/// <summary>Named properties built-in models register in code, keyed by (model id, name).</summary>
public sealed class ModelPropertyRegistry
{
    private readonly ImmutableDictionary<(string Model, string Name), IModelProperty> properties;

    /// <summary>Creates a registry holding <paramref name="properties"/>.</summary>
    /// <exception cref="ArgumentException">Two properties share a model id and name.</exception>
    public ModelPropertyRegistry(IEnumerable<IModelProperty> properties) =>
        this.properties = properties.ToImmutableDictionary(p => (p.ModelId, p.Name));

    /// <summary>The properties bundled with the harness.</summary>
    public static ModelPropertyRegistry Default { get; } = new([new WindkesselVolumeBalance()]);

    /// <summary>Every registered property.</summary>
    public IEnumerable<IModelProperty> All => properties.Values;

    /// <summary>The property <paramref name="name"/> of <paramref name="modelId"/>, or null.</summary>
    public IModelProperty? Find(string modelId, string name) => properties.GetValueOrDefault((modelId, name));
}
