using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Running;

/// <summary>
/// The V&amp;V 20 validation stage of a run: after the golden runs and ladders, the input samples of every supported
/// case × solver with a <c>validation</c> block are solved through the same executor (parallelism, time limit,
/// cancellation), each comparison is judged by <see cref="ValidationJudge"/>, its check is appended to the run's checks
/// (the run is judged again) and its components are kept as <see cref="Reporting.ValidationRecord"/>s for run.json.
/// </summary>
public static class ValidationStudies
{
    /// <summary>
    /// Solves and judges the validation studies of <paramref name="plan"/>; <paramref name="judged"/> (indexed like the
    /// plan) is updated in place for every base run that finished without failure.
    /// </summary>
    public static async Task SolveAsync(
        Executor executor, RunPlan plan, ImmutableArray<RunOutput> outputs, JudgedRun?[] judged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(judged);
        var (samplePlan, samples) = ValidationSamplePlanner.Expand(plan);
        var sampleOutputs = samples.IsEmpty || cancellationToken.IsCancellationRequested
            ? []
            : await executor.ExecuteAsync(samplePlan, null, cancellationToken).ConfigureAwait(false);
        var byRun = sampleOutputs.ToDictionary(o => o.Run.Index);
        var byBase = samples.ToLookup(s => s.BaseIndex);
        foreach (var baseOutput in outputs.Where(o => o.Run.Supported && o.Run.Case.Validation is not null))
        {
            if (baseOutput is not { Failure: null, Output: { } nominal } || judged[baseOutput.Run.Index] is not { } previous)
            {
                continue;
            }

            var sampled = byBase[baseOutput.Run.Index].OrderBy(s => s.Sample).Select(s => byRun.GetValueOrDefault(s.Run.Index)).ToList();
            var results = ValidationJudge.Assess(baseOutput.Run, nominal, previous.Ladders, sampled);
            judged[baseOutput.Run.Index] = Judge.Evaluate(baseOutput, previous.Checks.AddRange(results.Select(r => r.Check))) with
            {
                Ladders = previous.Ladders,
                Validations = [.. results.Select(r => r.Record)],
            };
        }
    }
}
