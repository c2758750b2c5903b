using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Judging;

namespace TwinVal.External.Tests.Examples;

/// <summary>The Python example solver (standard library only) passes every bundled case of its models through the full pipeline.</summary>
public sealed class PythonExampleTests
{
    [Fact]
    public async Task Run_BundledCases_EveryRunPasses()
    {
        using var folder = new TempFolder();
        var load = ManifestLoader.Load(Path.Combine(Repository.Examples, "python", SolverManifest.FileName));
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        using var solver = new ExternalSolver(load.Manifest!, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });
        var catalog = CaseCatalog.Load(Repository.ReferenceCases);

        var (summary, _) = await PipelineRun.RunAsync(catalog.Cases, [solver], folder.Sub("runs"));

        // Every case of the three models the example implements must pass (at least the first case of each; the library
        // grows); cases of other models are unsupported.
        var attempted = summary.Results.Where(r => r.Verdict != Verdict.Unsupported).ToList();
        Assert.Superset(new HashSet<string> { "gompertz-growth", "rc-membrane-current-step", "wk2-diastolic-decay" }, attempted.Select(r => r.CaseId).ToHashSet());
        Assert.All(attempted, r => Assert.True(r.Verdict == Verdict.Pass, $"{r.CaseId}: {r.Verdict}: {r.Message}"));
    }
}
