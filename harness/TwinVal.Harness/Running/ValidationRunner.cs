using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Running;

/// <summary>
/// Runs the whole pipeline on a plan: execution, comparison, judging and the run record. Each finished run is judged and
/// persisted at once (raw output, then every exporter's file rewritten atomically), so whatever stops the process later,
/// the record on disk holds every run finished before it.
/// </summary>
public sealed class ValidationRunner(TimeProvider clock)
{
    /// <summary>File name of the credibility assessment in the run record (written only when a plan is given).</summary>
    public const string CredibilityFileName = "credibility.json";

    // Refinement ladders are solved after the main plan, through the same executor (parallelism, time limits,
    // cancellation), and their convergence checks are added to the base run's checks before it is judged again.
    private static async Task SolveLaddersAsync(
        Executor executor, RunRecordWriter writer, Planning.RunPlan plan, ImmutableArray<RunOutput> outputs, JudgedRun?[] judged,
        CancellationToken cancellationToken)
    {
        var (levelPlan, levels) = Planning.RefinementPlanner.Expand(plan);
        if (levels.IsEmpty)
        {
            return;
        }

        var levelOutputs = cancellationToken.IsCancellationRequested
            ? []
            : await executor.ExecuteAsync(levelPlan, null, cancellationToken).ConfigureAwait(false);
        var byRun = levelOutputs.ToDictionary(o => o.Run.Index);

        // Every solved level's output is kept in the record, so that the ladder's φ values can be checked by hand.
        foreach (var level in levels)
        {
            if (byRun.GetValueOrDefault(level.Run.Index) is { Output: { } levelOutput })
            {
                await writer.WriteLevelOutputAsync(
                    level.Run.Case.Id, level.Run.Solver.Id, level.Level, levelOutput.Series, CancellationToken.None).ConfigureAwait(false);
            }
        }

        foreach (var group in levels.GroupBy(l => l.BaseIndex))
        {
            var baseOutput = outputs.First(o => o.Run.Index == group.Key);
            if (baseOutput is not { Failure: null, Output: { } output })
            {
                continue;
            }

            var ladder = group.Select(l => (l, byRun.GetValueOrDefault(l.Run.Index))).ToList();
            var study = RefinementStudies.Analyze(baseOutput.Run, ladder);
            var checks = Comparer.Default.Compare(baseOutput.Run.Case, output).AddRange(study.Checks);
            judged[group.Key] = Judge.Evaluate(baseOutput, checks) with { Ladders = study.Ladders };
        }
    }

    // A run whose golden solve failed keeps its Error verdict and gains the property check; otherwise the run is judged
    // again over all its checks, so a violated property fails the case × solver pair like any acceptance check.
    private static JudgedRun WithCheck(RunOutput output, JudgedRun current, CheckResult check) =>
        output is { Failure: null, Output: not null }
            ? Judge.Evaluate(output, current.Checks.Add(check)) with { Ladders = current.Ladders, Validations = current.Validations }
            : current with { Checks = current.Checks.Add(check) };

    /// <summary>Runs <paramref name="settings"/>; on cancellation returns the summary of what finished, marked cancelled.</summary>
    /// <returns>The final summary and the folder of the run record.</returns>
    public async Task<(RunSummary Summary, string RecordFolder)> RunAsync(
        ValidationRunSettings settings, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = settings.Plan;
        var runId = new RunIdFactory(clock).Create(settings.OutputRoot);
        using var writer = RunRecordWriter.Create(settings.OutputRoot, runId);
        var version = HarnessVersion.Current;
        var info = new RunInfo(
            runId, version.Version, version.Commit, EnvironmentInfoProvider.Current(), KebabCase.Of(settings.Tier),
            settings.Executor.Seed, settings.CommandLine, clock.GetUtcNow(), null, RunStatus.Running);
        var cases = plan.Cases.Select(c => RecordFactory.Case(c, settings.BaseFolder)).ToImmutableArray();
        var solvers = plan.Solvers.Select(RecordFactory.Solver).ToImmutableArray();
        var judged = new JudgedRun?[plan.Runs.Length];
        var completed = 0;

        RunSummary Summary(RunInfo runInfo) =>
            new(runInfo, cases, solvers, [.. judged.OfType<JudgedRun>()], settings.InputProblems);

        // The record exists from the start: a run that dies before its first result still leaves run.json behind.
        await writer.WriteSummaryAsync(Summary(info), settings.Exporters, CancellationToken.None).ConfigureAwait(false);

        async ValueTask OnCompleted(RunOutput output, CancellationToken token)
        {
            if (output.Output is { } solverOutput)
            {
                await writer.WriteOutputAsync(output.Run.Case.Id, output.Run.Solver.Id, solverOutput.Series, token).ConfigureAwait(false);
            }

            var result = Judge.Evaluate(output, Comparer.Default);
            judged[output.Run.Index] = result;
            completed++;
            await writer.WriteSummaryAsync(Summary(info), settings.Exporters, token).ConfigureAwait(false);
            progress?.Report(new RunProgress(result, completed, plan.Runs.Length));
        }

        var executor = new Executor(clock, settings.Executor);
        var outputs = await executor.ExecuteAsync(plan, OnCompleted, cancellationToken).ConfigureAwait(false);

        // Runs that never finished (cancelled before or while running) are judged too, so every planned run is listed.
        foreach (var output in outputs)
        {
            judged[output.Run.Index] ??= Judge.Evaluate(output, Comparer.Default);
        }

        await SolveLaddersAsync(executor, writer, plan, outputs, judged, cancellationToken).ConfigureAwait(false);

        await Ensembles.EnsembleStudies.SolveAsync(executor, plan, outputs, judged, writer, cancellationToken).ConfigureAwait(false);
        await ValidationStudies.SolveAsync(executor, plan, outputs, judged, cancellationToken).ConfigureAwait(false);

        // Property checks run after the golden runs and ladders, one case × solver × property at a time (each spreads its
        // samples over the executor); every finished check is judged into its run and persisted at once.
        var engine = new PropertyEngine(executor, ModelPropertyRegistry.Default, settings.Properties ?? new PropertySettings());
        foreach (var output in outputs.Where(o => o.Run.Supported && !o.Run.Case.Properties.IsEmpty))
        {
            foreach (var spec in output.Run.Case.Properties)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var check = await engine.CheckAsync(output.Run.Case, output.Run.Solver, spec, settings.Executor.Seed, cancellationToken).ConfigureAwait(false);
                judged[output.Run.Index] = WithCheck(output, judged[output.Run.Index]!, check);
                await writer.WriteSummaryAsync(Summary(info), settings.Exporters, CancellationToken.None).ConfigureAwait(false);
            }
        }

        var status = cancellationToken.IsCancellationRequested ? RunStatus.Cancelled : RunStatus.Completed;
        var final = Summary(info with { FinishedUtc = clock.GetUtcNow(), Status = status });
        await writer.WriteSummaryAsync(final, settings.Exporters, CancellationToken.None).ConfigureAwait(false);
        if (settings.Credibility is { } credibilityPlan)
        {
            // Written after every run is judged: an assessment of a partial run would understate what the run showed
            // while it is still going, so it is only ever written once, from the final verdicts. Written before the
            // final exporters, so that the report can show the credibility matrix.
            var assessment = CredibilityMapper.Assess(credibilityPlan, CredibilityEvidence.Collect(plan, final.Results));
            await AtomicFile.WriteTextAsync(
                Path.Combine(writer.Folder, CredibilityFileName), CredibilityJson.Serialize(assessment), CancellationToken.None).ConfigureAwait(false);
        }

        if (settings.FinalExporters is { } finalExporters)
        {
            await writer.WriteSummaryAsync(final, finalExporters(writer.Folder), CancellationToken.None).ConfigureAwait(false);
        }

        return (final, writer.Folder);
    }
}
