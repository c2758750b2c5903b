using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Properties;

/// <summary>Evaluates a <c>kind: model</c> property through the <see cref="ModelPropertyRegistry"/>.</summary>
/// <param name="registry">Where named model properties are looked up.</param>
public sealed class ModelPropertyEvaluator(ModelPropertyRegistry registry) : IPropertyEvaluator
{
    /// <inheritdoc/>
    public ImmutableArray<ReferenceCase> Variants(PropertySpec spec, ReferenceCase point) => [point];

    /// <inheritdoc/>
    public PropertyOutcome Evaluate(PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var point = variants[0];
        return registry.Find(point.Model.Id, spec.ModelPropertyName!) is { } property
            ? property.Evaluate(spec, point, outputs[0])
            : PropertyOutcome.Broken($"model '{point.Model.Id}' registers no property '{spec.ModelPropertyName}'");
    }
}
