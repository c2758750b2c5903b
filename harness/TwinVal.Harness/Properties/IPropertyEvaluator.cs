using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Evaluates one kind of property at one sample: says which solves it needs (the sample's case first, then any
/// transformed variants) and judges their outputs.
/// </summary>
public interface IPropertyEvaluator
{
    /// <summary>The cases to solve for <paramref name="spec"/> at the sample <paramref name="point"/> (the case with the sampled values).</summary>
    ImmutableArray<ReferenceCase> Variants(PropertySpec spec, ReferenceCase point);

    /// <summary>Judges the outputs of <paramref name="variants"/> (same order, all solved without failure).</summary>
    PropertyOutcome Evaluate(PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs);
}
