using TwinVal.External.Manifests;
using TwinVal.Harness;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;

namespace TwinVal.External.Conformance;

/// <summary>
/// <c>twinval solvers check MANIFEST</c>: what a partner runs before certifying. Validates the manifest, runs its version
/// probe, then runs the smoke tier of every case of each supported model through the full protocol, and prints one
/// actionable line per finding. Exit codes as elsewhere: 0 conformant, 1 a run failed or errored (or the probe
/// disagreed), 2 the manifest or the case folders are unusable.
/// </summary>
/// <param name="clock">Clock of the executor.</param>
/// <param name="options">Where runs work and their limits.</param>
public sealed class SolverConformanceCheck(TimeProvider clock, ExternalSolverOptions options)
{
    /// <summary>Checks <paramref name="manifestPath"/> against the cases under <paramref name="caseFolders"/>.</summary>
    public async Task<int> RunAsync(string manifestPath, IReadOnlyList<string> caseFolders, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var load = ManifestLoader.Load(manifestPath);
        foreach (var problem in load.Problems)
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (load.Manifest is not { } manifest)
        {
            await error.WriteLineAsync($"{manifestPath}: the manifest is not usable; fix the problems above").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync($"ok    manifest {manifest.Path}: solver '{manifest.Id}' {manifest.Version}, models {string.Join(", ", manifest.Models)}").ConfigureAwait(false);
        var failures = 0;
        if (await VersionProbe.CheckAsync(manifest, options, cancellationToken).ConfigureAwait(false) is { } probeProblem)
        {
            failures++;
            await output.WriteLineAsync($"FAIL  {probeProblem}").ConfigureAwait(false);
        }
        else if (!manifest.VersionProbe.IsEmpty)
        {
            await output.WriteLineAsync($"ok    version probe prints {manifest.Version}").ConfigureAwait(false);
        }

        var catalog = CaseCatalog.Load(caseFolders);
        foreach (var problem in catalog.Problems.Where(p => p.Severity == ProblemSeverity.Error))
        {
            await error.WriteLineAsync($"warning: case skipped: {problem}").ConfigureAwait(false);
        }

        using var solver = new ExternalSolver(manifest, options);
        var plan = Planner.Plan(catalog.Cases, [solver], new PlanOptions(TierCeiling: Tier.Smoke)).Plan;
        var covered = plan.Runs.Where(r => r.Supported).Select(r => r.Case.Model.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var model in manifest.Models.Where(m => !covered.Contains(m)))
        {
            await output.WriteLineAsync($"note  model '{model}' has no smoke-tier case in {string.Join(", ", caseFolders)}; it is not checked").ConfigureAwait(false);
        }

        if (covered.Count == 0)
        {
            await error.WriteLineAsync("error: no smoke-tier case exercises any model of this solver; nothing to check").ConfigureAwait(false);
            return 2;
        }

        var executor = new Executor(clock, new ExecutorOptions(manifest.ConcurrentRuns ? Environment.ProcessorCount : 1, Timeout.InfiniteTimeSpan, 0));
        var outputs = await executor.ExecuteAsync(plan, null, cancellationToken).ConfigureAwait(false);
        foreach (var judged in outputs.Where(o => o.Run.Supported).Select(o => Judge.Evaluate(o, Comparer.Default)))
        {
            var pass = judged.Verdict == Verdict.Pass;
            failures += pass ? 0 : 1;
            await output.WriteLineAsync(pass
                ? $"ok    {judged.CaseId}: {judged.ChecksPassed} checks passed ({judged.WallTime.TotalMilliseconds:0} ms)"
                : $"{(judged.Verdict == Verdict.Error ? "ERROR" : "FAIL ")} {judged.CaseId}: {judged.Message}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(failures == 0
            ? $"solver '{manifest.Id}' conforms: every smoke-tier case of its models passed through the protocol"
            : $"solver '{manifest.Id}' does not conform yet: {failures} finding(s) above").ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }
}
