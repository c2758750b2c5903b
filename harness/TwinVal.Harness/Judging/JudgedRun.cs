using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Judging;

/// <summary>The judging stage's result for one case × solver run.</summary>
/// <param name="CaseId">Case.</param>
/// <param name="SolverId">Solver.</param>
/// <param name="Verdict">Pass only when every check passed; Error when the run or a check could not be evaluated.</param>
/// <param name="Checks">Every check's result, in the case's declaration order.</param>
/// <param name="Message">One-line reason for the verdict (the first failure, the error, or why it was not run).</param>
/// <param name="WallTime">Harness-measured wall time of the solve.</param>
/// <param name="Diagnostics">The solver's work statistics, when it produced output.</param>
public sealed record JudgedRun(
    string CaseId,
    string SolverId,
    Verdict Verdict,
    ImmutableArray<CheckResult> Checks,
    string Message,
    TimeSpan WallTime,
    SolverDiagnostics? Diagnostics)
{
    /// <summary>
    /// The refinement ladders behind this run's convergence checks (one per convergence check whose every level was
    /// solved), in the case's declaration order; empty for cases without a ladder.
    /// </summary>
    public ImmutableArray<Reporting.LadderRecord> Ladders { get; init; } = [];

    /// <summary>The V&amp;V 20 comparisons of this run (one per comparison of the case's <c>validation</c> block); empty when none.</summary>
    public ImmutableArray<Reporting.ValidationRecord> Validations { get; init; } = [];

    /// <summary>Number of passing checks.</summary>
    public int ChecksPassed => Checks.Count(c => c.Verdict == Verdict.Pass);

    /// <summary>Number of checks that failed or could not be evaluated.</summary>
    public int ChecksFailed => Checks.Count(c => c.Verdict != Verdict.Pass);
}
