using TwinVal.External.Conformance;
using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;

namespace TwinVal.External.Tests.Conformance;

public sealed class SolverConformanceCheckTests
{
    [Fact]
    public async Task RunAsync_PythonExample_ConformsWithExitZero()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var check = new SolverConformanceCheck(TimeProvider.System, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });

        var code = await check.RunAsync(Path.Combine(Repository.Examples, "python", SolverManifest.FileName), [Repository.ReferenceCases], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, output + "\n" + error);
        Assert.Contains("ok    version probe prints 1.0.0", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ok    wk2-diastolic-decay: 4 checks passed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("solver 'example-python-rk4' conforms", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SolverFailingEveryCase_ExitOneWithDiagnostics()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var manifest = Path.Combine(folder.Sub("solver"), SolverManifest.FileName);
        File.WriteAllText(manifest, $"""
            id: wrong-columns
            version: "2.0"
            argv: [sh, "{Path.Combine(FaultySolver.ScriptFolder, "wrong-column.sh")}", "{"{input}"}", "{"{outdir}"}"]
            models: [windkessel2]
            version-probe: [sh, -c, "echo 1.9"]
            """);
        var check = new SolverConformanceCheck(TimeProvider.System, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });

        var code = await check.RunAsync(manifest, [Repository.ReferenceCases], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        Assert.Contains("FAIL  version-probe printed '1.9', which does not contain the manifest's version '2.0'", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ERROR wk2-diastolic-decay: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("column 'P [mmHg]' missing; the header has 'Y_out [1]'", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenManifest_ExitTwoWithPlacedProblems()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var manifest = Path.Combine(folder.Path, SolverManifest.FileName);
        File.WriteAllText(manifest, "id: broken\nversion: \"1\"\nargv: [./no-such-solver]\nmodels: [windkessel2]\n");
        var check = new SolverConformanceCheck(TimeProvider.System, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });

        var code = await check.RunAsync(manifest, [Repository.ReferenceCases], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Contains($"{manifest}:3:8: error: argv[0]: program './no-such-solver' (resolved to {Path.Combine(folder.Path, "no-such-solver")}) does not exist", error.ToString(), StringComparison.Ordinal);
    }
}
