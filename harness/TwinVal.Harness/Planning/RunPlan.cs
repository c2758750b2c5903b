using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Planning;

/// <summary>The planning stage's result: every case × solver pair to run, in a deterministic order.</summary>
/// <param name="Cases">Selected cases, ordered by id.</param>
/// <param name="Solvers">Selected solvers, ordered by id.</param>
/// <param name="Runs">Case-major matrix of runs.</param>
public sealed record RunPlan(ImmutableArray<ReferenceCase> Cases, ImmutableArray<ISolver> Solvers, ImmutableArray<PlannedRun> Runs);
