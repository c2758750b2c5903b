using System.Diagnostics;
using System.Globalization;
using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Testing;

namespace TwinVal.External.Tests;

/// <summary>
/// Timed loop (nightly, never judged on time): the harness's overhead per external run, as the wall time of a whole
/// <see cref="ExternalSolver.SolveAsync"/> minus that of starting and awaiting the same process directly. The solver is
/// <c>cp</c> copying a prepared 1001-row output.csv, so its own compute is negligible and the difference is spawn
/// bookkeeping, input.json, folder set-up and clean-up, write auditing and CSV parsing.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class ExternalSolverOverheadTests
{
    private const int Runs = 200;

    [NightlyFact]
    [Trait("Tier", "nightly")]
    public async Task SolveAsync_CopyingSolver_OverheadMeasured()
    {
        using var folder = new TempFolder();
        var referenceCase = CaseCatalog.Load(Repository.ReferenceCases).Cases.Single(c => c.Id == "rc-membrane-current-step");
        var solverFolder = folder.Sub("cp-solver");
        var prepared = Path.Combine(solverFolder, "prepared.csv");
        File.Copy(Path.Combine(referenceCase.FolderPath, "reference.csv"), prepared);
        var manifestPath = Path.Combine(solverFolder, SolverManifest.FileName);
        File.WriteAllText(manifestPath, "id: cp\nversion: \"1\"\nargv: [cp, \"{solverdir}/prepared.csv\", \"{outdir}/output.csv\"]\nmodels: [passive-membrane]\nconcurrent-runs: true\n");
        var manifest = ManifestLoader.Load(manifestPath).Manifest!;
        using var solver = new ExternalSolver(manifest, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });
        var request = RequestFactory.Create(referenceCase, 0);
        var token = TestContext.Current.CancellationToken;
        var target = Path.Combine(folder.Sub("raw"), "output.csv");

        for (var i = 0; i < 20; i++)
        {
            await solver.SolveAsync(request, token);
            await RawAsync(manifest.Program, prepared, target, token);
        }

        var raw = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            await RawAsync(manifest.Program, prepared, target, token);
        }

        raw.Stop();
        var full = Stopwatch.StartNew();
        var rows = 0;
        for (var i = 0; i < Runs; i++)
        {
            rows += (await solver.SolveAsync(request, token)).Series.RowCount;
        }

        full.Stop();
        Assert.Equal(Runs * 1001, rows);
        var rawMs = raw.Elapsed.TotalMilliseconds / Runs;
        var fullMs = full.Elapsed.TotalMilliseconds / Runs;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"external run overhead: {fullMs:0.00} ms per SolveAsync, {rawMs:0.00} ms per bare spawn of cp, overhead {fullMs - rawMs:0.00} ms ({Runs} runs, 1001-row output)");
        TestContext.Current.TestOutputHelper?.WriteLine(line);

        // The figure is kept beside the test binary too (test output is shown only for failures).
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "external-overhead.txt"), line + "\n", token);
    }

    private static async Task RawAsync(string program, string source, string target, CancellationToken token)
    {
        using var process = Process.Start(new ProcessStartInfo(program) { ArgumentList = { source, target }, UseShellExecute = false })!;
        await process.WaitForExitAsync(token);
    }
}
