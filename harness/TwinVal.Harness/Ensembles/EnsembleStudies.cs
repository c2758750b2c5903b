using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Ensembles;

/// <summary>
/// The ensemble stage of a validation run: after the main plan, every supported case × solver with an <c>ensemble</c>
/// block is solved once per member through the same executor (parallelism, time limit, cancellation); the ensemble
/// checks are appended to the run's checks, it is judged again, and the per-member QoIs are written to
/// <c>outputs/&lt;case&gt;/&lt;solver&gt;-ensemble.csv</c>.
/// </summary>
public static class EnsembleStudies
{
    /// <summary>File name suffix of the per-member table, after the solver id.</summary>
    public const string MemberFileSuffix = "-ensemble.csv";

    /// <summary>
    /// Solves and judges the ensembles of <paramref name="plan"/>; <paramref name="judged"/> (indexed like the plan) is
    /// updated in place for every base run that finished without failure.
    /// </summary>
    public static async Task SolveAsync(
        Executor executor, RunPlan plan, ImmutableArray<RunOutput> outputs, JudgedRun?[] judged, RunRecordWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(writer);
        var (memberPlan, members) = EnsemblePlanner.Expand(plan);
        if (members.IsEmpty)
        {
            return;
        }

        var memberOutputs = cancellationToken.IsCancellationRequested
            ? []
            : await executor.ExecuteAsync(memberPlan, null, cancellationToken).ConfigureAwait(false);
        var byRun = memberOutputs.ToDictionary(o => o.Run.Index);
        foreach (var group in members.GroupBy(m => m.BaseIndex))
        {
            var baseOutput = outputs.First(o => o.Run.Index == group.Key);
            if (baseOutput is not { Failure: null, Output: not null } || judged[group.Key] is not { } previous)
            {
                continue;
            }

            var spec = baseOutput.Run.Case.Ensemble!;
            var outcome = EnsembleJudge.Judge(spec, [.. group.Select(m => (m, byRun.GetValueOrDefault(m.Run.Index)))]);
            // Re-judged with the ensemble checks added; what earlier stages attached (ladder records) is kept.
            judged[group.Key] = Judge.Evaluate(baseOutput, previous.Checks.AddRange(outcome.Checks)) with { Ladders = previous.Ladders, Validations = previous.Validations };
            var path = writer.OutputPath(baseOutput.Run.Case.Id, baseOutput.Run.Solver.Id);
            await AtomicFile.WriteTextAsync(
                Path.Combine(Path.GetDirectoryName(path)!, baseOutput.Run.Solver.Id + MemberFileSuffix), outcome.MemberCsv, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
