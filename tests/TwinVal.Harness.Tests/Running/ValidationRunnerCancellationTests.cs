using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

public sealed class ValidationRunnerCancellationTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(3, false)]
    public async Task RunAsync_CancelledAfterFirstRun_KeepsItAndSkipsTheRest(int parallelism, bool honoursToken)
    {
        using var sandbox = new RunnerSandbox();
        var wait = honoursToken ? FakeBehaviour.HangsHonouringCancellation() : FakeBehaviour.HangsIgnoringCancellation();
        using var solver = new FakeSolver("fake", "test-model").OnCase("a", FakeBehaviour.Constant(1.0)).Otherwise(wait);
        var plan = RunnerSandbox.Plan([solver], "a", "b", "c");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var probe = new ProgressProbe();

        var running = sandbox.StartAsync(sandbox.Settings(plan, parallelism), probe, cancel.Token);
        await probe.WaitForAsync("a", "fake");
        await cancel.CancelAsync();
        var (summary, _) = await running;

        Assert.Equal(RunStatus.Cancelled, summary.Info.Status);
        Assert.Equal([Verdict.Pass, Verdict.Skipped, Verdict.Skipped], summary.Results.Select(r => r.Verdict));
        Assert.Equal("cancelled: the run was cancelled before solver 'fake' finished case 'b'", summary.Results[1].Message);
        var recorded = await sandbox.ReadRunJsonAsync();
        Assert.Equal(RunStatus.Cancelled, recorded.Info.Status);
        Assert.NotNull(recorded.Info.FinishedUtc);
        Assert.Equal(["a", "b", "c"], recorded.Results.Select(r => r.CaseId));
        Assert.Equal(["a,fake,pass", "b,fake,skipped", "c,fake,skipped"], sandbox.ResultRows());
        Assert.True(File.Exists(Path.Combine(sandbox.RecordFolder(), "outputs", "a", "fake.csv")));
        Assert.False(Directory.Exists(Path.Combine(sandbox.RecordFolder(), "outputs", "b")));
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeStart_RecordsEveryRunSkipped()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model");
        var plan = RunnerSandbox.Plan([solver], "a", "b");

        var (summary, _) = await sandbox.StartAsync(sandbox.Settings(plan), null, new CancellationToken(canceled: true));

        Assert.Empty(solver.Requests);
        Assert.Equal(RunStatus.Cancelled, summary.Info.Status);
        Assert.Equal(["a,fake,skipped", "b,fake,skipped"], sandbox.ResultRows());
    }
}
