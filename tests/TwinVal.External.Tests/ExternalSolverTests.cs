using TwinVal.External.Tests.Support;
using TwinVal.Harness.Execution;
using TwinVal.Testing;

namespace TwinVal.External.Tests;

public sealed class ExternalSolverTests
{
    [Fact]
    public async Task SolveAsync_NaNWithAllowNonFinite_ReadAndLeftToTheOutputValidator()
    {
        using var folder = new TempFolder();
        using var solver = FaultySolver.Solver(folder.Sub("solvers"), "undeclared-nan", ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") }, "allow-non-finite: true");
        var request = RequestFactory.Create(new CaseBuilder("nan").Build(), 0);

        var output = await solver.SolveAsync(request, TestContext.Current.CancellationToken);

        Assert.True(double.IsNaN(output.Series.Find("y")!.Values[1]));
        Assert.Contains("non-finite value", OutputValidator.Validate(request, output)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_GoodSolver_OutputAndDiagnosticsFromTheProcess()
    {
        using var folder = new TempFolder();
        using var solver = FaultySolver.Solver(folder.Sub("solvers"), "good", ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });
        var request = RequestFactory.Create(new CaseBuilder("good").Build(), 0);

        var output = await solver.SolveAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal([0.0, 0.5, 1.0], output.Series.Time.Values);
        Assert.Equal([1.0, 1.0, 1.0], output.Series.Find("y")!.Values);
        Assert.Equal("external", output.Diagnostics.Method);
        Assert.Contains("external process: exit code 0, stdout 0 bytes, stderr 0 bytes", output.Diagnostics.Notes);
        Assert.Null(OutputValidator.Validate(request, output));
    }

    [Fact]
    public async Task SolveAsync_Cancelled_ProcessTreeKilledAndCancellationSurfaces()
    {
        using var folder = new TempFolder();
        var pidFile = Path.Combine(folder.Path, "pids");
        using var solver = FaultySolver.Solver(folder.Sub("solvers"), "hang", ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") }, $"environment: {{PID_FILE: \"{pidFile}\"}}");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => solver.SolveAsync(RequestFactory.Create(new CaseBuilder("c").Build(), 0), cancel.Token));

        Assert.All(File.ReadAllLines(pidFile).Select(int.Parse), pid => Assert.False(ProcessTable.IsAlive(pid)));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(folder.Path, "work")));
    }

    [Fact]
    public async Task RepeatingSolver_DeterministicSolver_ReturnsFirstOutput()
    {
        using var folder = new TempFolder();
        var repeating = new RepeatingSolver(FaultySolver.Solver(folder.Sub("solvers"), "good", ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") }), 3);

        var output = await repeating.SolveAsync(RequestFactory.Create(new CaseBuilder("r").Build(), 0), TestContext.Current.CancellationToken);

        Assert.Equal([1.0, 1.0, 1.0], output.Series.Find("y")!.Values);
    }

    [Theory]
    [InlineData("{solverdir}/run.py", "/w/in.json", "/w/out", "/w", "/s", "/s/run.py")]
    [InlineData("--in={input}", "/w/in.json", "/w/out", "/w", "/s", "--in=/w/in.json")]
    [InlineData("{outdir}/{workdir}", "/w/in.json", "/w/out", "/w", "/s", "/w/out//w")]
    [InlineData("{unknown} stays", "/w/in.json", "/w/out", "/w", "/s", "{unknown} stays")]
    public void Expand_Placeholders_ReplacedLiterally(string template, string input, string outdir, string workdir, string solverdir, string expected) =>
        Assert.Equal(expected, ExternalSolver.Expand(template, input, outdir, workdir, solverdir));
}
