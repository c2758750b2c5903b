using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Properties;

/// <summary>
/// A property a model knows about itself (a balance law of its equations), registered in code under
/// (<see cref="ModelId"/>, <see cref="Name"/>) and declared in a case as <c>{kind: model, name: NAME}</c>.
/// </summary>
public interface IModelProperty
{
    /// <summary>Model id the property belongs to.</summary>
    string ModelId { get; }

    /// <summary>Kebab-case name cases declare.</summary>
    string Name { get; }

    /// <summary>Judges <paramref name="output"/>, the solve of <paramref name="point"/>, under the declaration <paramref name="spec"/> (its tolerances).</summary>
    PropertyOutcome Evaluate(PropertySpec spec, ReferenceCase point, SolverOutput output);
}
