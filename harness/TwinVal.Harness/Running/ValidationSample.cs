using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Running;

/// <summary>One input-uncertainty solve of a validation study.</summary>
/// <param name="Run">The solve (the base case with the sampled parameters replaced).</param>
/// <param name="BaseIndex">Index of the nominal run in the main plan.</param>
/// <param name="Sample">Sample number, 0 to N − 1, in design order.</param>
/// <param name="Values">The sampled parameter values, in declaration order.</param>
public sealed record ValidationSample(PlannedRun Run, int BaseIndex, int Sample, ImmutableArray<NamedQuantity> Values);
