using System.Collections.Immutable;

namespace TwinVal.Harness.Planning;

/// <summary>The plan and every problem with the selection (filed under <c>&lt;command line&gt;</c>).</summary>
/// <param name="Plan">The plan; empty when the selection has errors.</param>
/// <param name="Problems">Errors (unusable selection) and warnings (a term that selects nothing).</param>
public sealed record PlanningResult(RunPlan Plan, ImmutableArray<Problem> Problems)
{
    /// <summary>True when at least one problem is an error: the run must not start.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
