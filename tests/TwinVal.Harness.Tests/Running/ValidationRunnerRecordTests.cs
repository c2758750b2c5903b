using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

public sealed class ValidationRunnerRecordTests
{
    [Fact]
    public async Task RunAsync_FirstRunFinished_IsOnDiskBeforeTheOthersFinish()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model").OnCase("a", FakeBehaviour.Constant(1.0)).Otherwise(FakeBehaviour.HangsIgnoringCancellation());
        var plan = RunnerSandbox.Plan([solver], "a", "b");
        var probe = new ProgressProbe();

        var running = sandbox.StartAsync(sandbox.Settings(plan, parallelism: 2), probe, TestContext.Current.CancellationToken);
        await probe.WaitForAsync("a", "fake");

        Assert.False(running.IsCompleted, "run b is still held by its solver");
        var partial = await sandbox.ReadRunJsonAsync();
        Assert.Equal(RunStatus.Running, partial.Info.Status);
        Assert.Null(partial.Info.FinishedUtc);
        Assert.Equal([("a", Verdict.Pass)], partial.Results.Select(r => (r.CaseId, r.Verdict)));
        Assert.Equal(["a", "b"], partial.Cases.Select(c => c.Id));
        Assert.Equal(["a,fake,pass"], sandbox.ResultRows());
        Assert.Contains("a,fake,y-pointwise,", File.ReadAllText(Path.Combine(sandbox.RecordFolder(), "checks.csv")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(sandbox.RecordFolder(), "outputs", "a", "fake.csv")));

        solver.Release();
        var (summary, _) = await running;

        Assert.Equal(RunStatus.Completed, summary.Info.Status);
        Assert.Equal("solver exception: solver 'fake' failed on case 'b': SolverException: released after hanging", summary.Results[1].Message);
        Assert.Equal(["a,fake,pass", "b,fake,error"], sandbox.ResultRows());
    }

    [Fact]
    public async Task RunAsync_BeforeAnyRunFinishes_RunJsonAlreadyExists()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.HangsIgnoringCancellation());
        var plan = RunnerSandbox.Plan([solver], "a");

        var running = sandbox.StartAsync(sandbox.Settings(plan, parallelism: 1), null, TestContext.Current.CancellationToken);
        await solver.WaitForCallAsync(TestContext.Current.CancellationToken);

        var partial = await sandbox.ReadRunJsonAsync();
        Assert.Equal(RunStatus.Running, partial.Info.Status);
        Assert.Empty(partial.Results);
        solver.Release();
        await running;
    }

    [Theory]
    [MemberData(nameof(FinishOrders))]
    public async Task RunAsync_AnyFinishOrder_RecordsResultsInPlanOrder(string[] finishOrder)
    {
        using var sandbox = new RunnerSandbox();
        // Each case's solve waits one second on a fake clock of its own, so the test finishes the runs one by one in the
        // order it chooses without blocking a thread; advancing again until the report arrives covers a solve whose wait
        // had not started yet.
        var clocks = finishOrder.ToDictionary(id => id, _ => TestClock.At());
        using var solver = new FakeSolver("fake", "test-model");
        foreach (var (id, clock) in clocks)
        {
            solver.OnCase(id, FakeBehaviour.Delays(TimeSpan.FromSeconds(1), FakeBehaviour.Constant(1.0), clock));
        }

        using var other = new FakeSolver("other", "another-model");
        var plan = RunnerSandbox.Plan([solver, other], "c0", "c1", "c2", "c3");
        var probe = new ProgressProbe();

        var running = sandbox.StartAsync(sandbox.Settings(plan, parallelism: 4), probe, TestContext.Current.CancellationToken);
        foreach (var id in finishOrder)
        {
            await probe.WaitForAsync(id, "fake", () => clocks[id].Advance(TimeSpan.FromSeconds(1)));
        }

        var (summary, _) = await running;

        Assert.Equal(finishOrder, probe.Reports.Where(p => p.Latest.SolverId == "fake").Select(p => p.Latest.CaseId));
        string[] planOrder = ["c0,fake,pass", "c0,other,unsupported", "c1,fake,pass", "c1,other,unsupported",
            "c2,fake,pass", "c2,other,unsupported", "c3,fake,pass", "c3,other,unsupported"];
        Assert.Equal(planOrder, summary.Results.Select(r => $"{r.CaseId},{r.SolverId},{KebabCase.Of(r.Verdict)}"));
        Assert.Equal(planOrder, sandbox.ResultRows());
        Assert.Equal(planOrder, (await sandbox.ReadRunJsonAsync()).Results.Select(r => $"{r.CaseId},{r.SolverId},{KebabCase.Of(r.Verdict)}"));
    }

    /// <summary>All 24 orders in which four runs can finish.</summary>
    public static TheoryData<string[]> FinishOrders()
    {
        var data = new TheoryData<string[]>();
        static IEnumerable<string[]> Permute(string[] items) => items.Length <= 1
            ? [items]
            : items.SelectMany((head, i) => Permute([.. items[..i], .. items[(i + 1)..]]).Select(rest => (string[])[head, .. rest]));
        foreach (var order in Permute(["c0", "c1", "c2", "c3"]))
        {
            data.Add(order);
        }

        return data;
    }
}
