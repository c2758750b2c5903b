using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

public sealed class ValidationRunnerTests
{
    [Fact]
    public async Task RunAsync_MisbehavingSolver_ErrorsOnlyItsRunsWithTheDiagnostic()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model")
            .OnCase("throws", FakeBehaviour.Throws(new SolverException("step size underflow at t = 0.3 s")))
            .OnCase("hangs", FakeBehaviour.HangsIgnoringCancellation())
            .OnCase("nan", FakeBehaviour.ReturnsNaN())
            .OnCase("wrong-columns", FakeBehaviour.WrongColumns("pressure"))
            .Otherwise(FakeBehaviour.Constant(1.0));
        var plan = RunnerSandbox.Plan([solver], "fine", "hangs", "nan", "throws", "wrong-columns");
        var probe = new ProgressProbe();

        var running = sandbox.StartAsync(sandbox.Settings(plan, parallelism: 5, timeout: TimeSpan.FromSeconds(5)), probe, TestContext.Current.CancellationToken);
        await probe.WaitForCountAsync(4);
        for (var call = 0; call < 5; call++)
        {
            await solver.WaitForCallAsync(TestContext.Current.CancellationToken);
        }

        // Every solve has started, so the hanging one's time limit is armed: moving the fake clock past it times it out.
        sandbox.Clock.Advance(TimeSpan.FromSeconds(5));
        var (summary, _) = await running;

        var byCase = summary.Results.ToDictionary(r => r.CaseId);
        Assert.Equal((Verdict.Pass, "all 1 checks passed"), (byCase["fine"].Verdict, byCase["fine"].Message));
        Assert.Equal(Verdict.Error, byCase["throws"].Verdict);
        Assert.Equal("solver exception: solver 'fake' failed on case 'throws': SolverException: step size underflow at t = 0.3 s", byCase["throws"].Message);
        Assert.Equal(Verdict.Error, byCase["hangs"].Verdict);
        Assert.Equal("timeout: solver 'fake' exceeded the time limit of 5 s on case 'hangs'; it did not stop when cancelled, so the harness stopped waiting", byCase["hangs"].Message);
        Assert.Equal(Verdict.Error, byCase["nan"].Verdict);
        Assert.StartsWith("invalid output: invalid output for case 'nan': ", byCase["nan"].Message, StringComparison.Ordinal);
        Assert.Contains("non-finite", byCase["nan"].Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Error, byCase["wrong-columns"].Verdict);
        Assert.Equal("invalid output: invalid output for case 'wrong-columns': missing variable(s) 'y'; present: 'pressure'", byCase["wrong-columns"].Message);
        Assert.All(summary.Results.Where(r => r.Verdict == Verdict.Error), r => Assert.Empty(r.Checks));
        Assert.Equal(RunStatus.Completed, summary.Info.Status);
        Assert.Equal(
            ["fine,fake,pass", "hangs,fake,error", "nan,fake,error", "throws,fake,error", "wrong-columns,fake,error"],
            sandbox.ResultRows());
        var recorded = await sandbox.ReadRunJsonAsync();
        Assert.Equal(summary.Results.Select(r => r.Message), recorded.Results.Select(r => r.Message));
    }

    [Fact]
    public async Task RunAsync_RunsWithOutput_WriteTheRawOutputAndOnlyThem()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model")
            .OnCase("throws", FakeBehaviour.Throws(new SolverException("diverged")))
            .OnCase("nan", FakeBehaviour.ReturnsNaN())
            .Otherwise(FakeBehaviour.Samples((_, t) => 2 * t));
        using var other = new FakeSolver("other", "another-model");
        var plan = RunnerSandbox.Plan([solver, other], "linear", "nan", "throws");

        var (_, folder) = await sandbox.StartAsync(sandbox.Settings(plan), null, TestContext.Current.CancellationToken);

        var outputs = Path.Combine(folder, "outputs");
        // The invalid NaN output is kept as evidence of what the solver produced; failed and unsupported runs have none.
        Assert.Equal(["linear/fake.csv", "nan/fake.csv"],
            Directory.EnumerateFiles(outputs, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputs, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var read = SeriesTableCsvReader.Read(Path.Combine(outputs, "linear", "fake.csv"));
        Assert.Empty(read.Problems);
        Assert.Equal([0.0, 0.5, 1.0], read.Table!.Time.Values);
        Assert.Equal([0.0, 1.0, 2.0], read.Table.Find("y")!.Values);
        Assert.Equal("s", read.Table.Time.Unit.Symbol);
    }

    [Fact]
    public async Task RunAsync_UnsupportedPairs_AreListedButNeverExecuted()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Constant(1.0));
        using var other = new FakeSolver("other", "another-model");
        var plan = RunnerSandbox.Plan([solver, other], "a", "b");

        var (summary, _) = await sandbox.StartAsync(sandbox.Settings(plan), null, TestContext.Current.CancellationToken);

        Assert.Equal(["a,fake,pass", "a,other,unsupported", "b,fake,pass", "b,other,unsupported"], sandbox.ResultRows());
        Assert.Empty(other.Requests);
        Assert.Equal(2, solver.Requests.Count);
        Assert.Equal(RunStatus.Completed, summary.Info.Status);
        Assert.Equal(TestClock.Epoch, summary.Info.FinishedUtc);
    }
}
