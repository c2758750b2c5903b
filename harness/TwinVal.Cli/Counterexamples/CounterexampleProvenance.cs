using System.Globalization;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Counterexamples;

/// <summary>provenance.md of a pinned counterexample case: which run, solver, seed and case it came from, and how to reproduce it.</summary>
internal static class CounterexampleProvenance
{
    public static string Render(string newId, RunSummary summary, JudgedRun run, CheckResult check, CaseRecord original)
    {
        var info = summary.Info;
        var solver = summary.Solvers.FirstOrDefault(s => s.Id == run.SolverId);
        var evidence = check.Property!;
        var lines = new List<string>
        {
            $"# {newId}: pinned counterexample of {check.CheckId}",
            string.Empty,
            "A property-only regression case written by `twinval cases add-counterexample`. Its reference class is none: the",
            "case is judged by the one property it keeps, at the one point where a run found it violated.",
            string.Empty,
            "## Where it came from",
            string.Empty,
            $"- run: `{info.RunId}` (started {info.StartedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, TwinVal {info.HarnessVersion}, commit {info.GitCommit}, tier {info.Tier})",
            $"- master seed: {info.Seed.ToString(CultureInfo.InvariantCulture)}; property seed: {evidence.Seed.ToString(CultureInfo.InvariantCulture)} (gamma {evidence.Gamma.ToString(CultureInfo.InvariantCulture)})",
            $"- solver: `{run.SolverId}`{(solver is null ? string.Empty : $" version {solver.Version} ({solver.Kind})")}",
            $"- original case: `{original.Id}` at `{original.Path}` (sha256 {original.Sha256})",
            $"- property: `{check.CheckId}` ({check.Metric}), {evidence.Samples.ToString(CultureInfo.InvariantCulture)} samples, {evidence.ShrinkSteps.ToString(CultureInfo.InvariantCulture)} shrink steps",
            $"- counterexample: {evidence.CounterexampleText}",
            $"- violation: {check.Message}",
            string.Empty,
            "## Reproduce",
            string.Empty,
            "```",
            $"twinval run --cases {original.Id} --solvers {run.SolverId} --seed {info.Seed.ToString(CultureInfo.InvariantCulture)}",
            $"twinval run --cases {newId} --solvers {run.SolverId}",
            "```",
            string.Empty,
        };
        return string.Join('\n', lines);
    }
}
