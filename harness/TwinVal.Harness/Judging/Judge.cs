using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Judging;

/// <summary>
/// The judging stage: turns one executed run and its check results into a verdict with a one-line reason.
/// </summary>
public static class Judge
{
    /// <summary>Compares <paramref name="run"/>'s output (when there is one) with <paramref name="comparer"/>, then judges it.</summary>
    public static JudgedRun Evaluate(RunOutput run, Comparer comparer)
    {
        var checks = run is { Run.Supported: true, Failure: null, Output: { } output }
            ? comparer.Compare(run.Run.Case, output)
            : [];
        return Evaluate(run, checks);
    }

    /// <summary>
    /// Judges <paramref name="run"/> given the <paramref name="checks"/> the comparer produced for its output:
    /// unsupported model → Unsupported; cancelled or never executed → Skipped; any other failure → Error; then any Error
    /// check → Error, any Fail → Fail, otherwise Pass. A run without checks is an Error: nothing passes unexamined.
    /// </summary>
    public static JudgedRun Evaluate(RunOutput run, ImmutableArray<CheckResult> checks)
    {
        var planned = run.Run;
        var diagnostics = run.Output?.Diagnostics;
        JudgedRun Result(Verdict verdict, string message, ImmutableArray<CheckResult> kept) =>
            new(planned.Case.Id, planned.Solver.Id, verdict, kept, message, run.WallTime, diagnostics);

        if (!planned.Supported)
        {
            return Result(Verdict.Unsupported, $"solver {planned.Solver.Id} does not implement model {planned.Case.Model.Id}", []);
        }

        if (run.Failure is { } failure)
        {
            var verdict = failure.Kind == RunFailureKind.Cancelled ? Verdict.Skipped : Verdict.Error;
            return Result(verdict, $"{FailureLabel(failure.Kind)}: {failure.Message}", []);
        }

        if (run.Output is null)
        {
            return Result(Verdict.Skipped, "the run was not executed", []);
        }

        var kept = checks.IsDefault ? [] : checks;
        if (kept.IsEmpty)
        {
            return Result(Verdict.Error, $"case {planned.Case.Id} produced no check results; a run with nothing compared cannot pass", kept);
        }

        // A check that is neither Pass nor Fail could not be evaluated; it outranks failures, as in the roll-ups.
        if (kept.FirstOrDefault(c => c.Verdict is not (Verdict.Pass or Verdict.Fail)) is { } error)
        {
            return Result(Verdict.Error, $"{error.CheckId}: {error.Message}", kept);
        }

        return kept.FirstOrDefault(c => c.Verdict == Verdict.Fail) is { } fail
            ? Result(Verdict.Fail, $"{fail.CheckId}: {fail.Message}", kept)
            : Result(Verdict.Pass, $"all {kept.Length} checks passed", kept);
    }

    private static string FailureLabel(RunFailureKind kind) => kind switch
    {
        RunFailureKind.Exception => "solver exception",
        RunFailureKind.Timeout => "timeout",
        RunFailureKind.Cancelled => "cancelled",
        RunFailureKind.InvalidOutput => "invalid output",
        _ => kind.ToString(),
    };
}
