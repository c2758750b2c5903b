using System.Diagnostics;
using TwinVal.External.Conformance;
using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Judging;

namespace TwinVal.External.Tests.Examples;

/// <summary>
/// The C example, compiled here with the machine's cc from the committed source, passes every bundled case of its
/// models through the full pipeline and certifies through the conformance check.
/// </summary>
public sealed class CExampleTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string manifest;

    public CExampleTests()
    {
        var source = Path.Combine(Repository.Examples, "c");
        var build = folder.Sub("c-example");
        manifest = Path.Combine(build, SolverManifest.FileName);
        File.Copy(Path.Combine(source, SolverManifest.FileName), manifest);
        Compile(Path.Combine(source, "solver.c"), Path.Combine(build, "solver"));
    }

    [Fact]
    public async Task Run_BundledCases_EveryRunPasses()
    {
        var load = ManifestLoader.Load(manifest);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        using var solver = new ExternalSolver(load.Manifest!, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });

        var (summary, _) = await PipelineRun.RunAsync(CaseCatalog.Load(Repository.ReferenceCases).Cases, [solver], folder.Sub("runs"));

        // Every case of the three models the example implements must pass (at least the first case of each; the library
        // grows); cases of other models are unsupported.
        var attempted = summary.Results.Where(r => r.Verdict != Verdict.Unsupported).ToList();
        Assert.Superset(new HashSet<string> { "gompertz-growth", "rc-membrane-current-step", "wk2-diastolic-decay" }, attempted.Select(r => r.CaseId).ToHashSet());
        Assert.All(attempted, r => Assert.True(r.Verdict == Verdict.Pass, $"{r.CaseId}: {r.Verdict}: {r.Message}"));
    }

    [Fact]
    public async Task Check_CompiledExample_Conforms()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var check = new SolverConformanceCheck(TimeProvider.System, ExternalSolverOptions.Default with { TempRoot = folder.Sub("check") });

        var code = await check.RunAsync(manifest, [Repository.ReferenceCases], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, output + "\n" + error);
        Assert.Contains("solver 'example-c-rk4' conforms", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static void Compile(string source, string binary)
    {
        var info = new ProcessStartInfo("cc") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", binary, source, "-lm" })
        {
            info.ArgumentList.Add(argument);
        }

        using var cc = Process.Start(info)!;
        var errors = cc.StandardError.ReadToEnd();
        cc.WaitForExit();
        Assert.True(cc.ExitCode == 0, $"cc failed: {errors}");
    }
}
