using System.Collections.Concurrent;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static RunPlan PlanOf(ISolver[] solvers, params string[] caseIds)
    {
        var cases = caseIds.Select(id => new CaseBuilder(id).Build());
        return Planner.Plan(cases, solvers, PlanOptions.Everything).Plan;
    }

    private static Executor Executor(int parallelism = 4, TimeSpan? timeout = null, TimeProvider? time = null) =>
        new(time ?? TimeProvider.System, new ExecutorOptions(parallelism, timeout ?? Generous, Seed: 42));

    [Fact]
    public async Task ExecuteAsync_WellBehavedSolver_ReturnsOutputWithSeedInRequest()
    {
        using var solver = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Constant(3.0));

        var outputs = await Executor().ExecuteAsync(PlanOf([solver], "a"), null, TestContext.Current.CancellationToken);

        var output = Assert.Single(outputs);
        Assert.Null(output.Failure);
        Assert.Equal([3.0, 3.0, 3.0], output.Output!.Series.Find("y")!.Values);
        Assert.Equal(42, Assert.Single(solver.Requests).Seed);
    }

    [Fact]
    public async Task ExecuteAsync_ThrowingHangingAndNaNSolvers_FailOnlyTheirRuns()
    {
        using var solver = new FakeSolver("fake", "test-model")
            .OnCase("throws", FakeBehaviour.Throws(new SolverException("step size underflow at t = 0.3 s")))
            .OnCase("hangs", FakeBehaviour.HangsIgnoringCancellation())
            .OnCase("nan", FakeBehaviour.ReturnsNaN())
            .Otherwise(FakeBehaviour.Constant(1.0));
        var plan = PlanOf([solver], "fine", "hangs", "nan", "throws");

        var outputs = await Executor(timeout: TimeSpan.FromMilliseconds(300)).ExecuteAsync(plan, null, TestContext.Current.CancellationToken);

        var byCase = outputs.ToDictionary(o => o.Run.Case.Id);
        Assert.Null(byCase["fine"].Failure);
        Assert.Equal(RunFailureKind.Timeout, byCase["hangs"].Failure!.Kind);
        Assert.Contains("solver 'fake' exceeded the time limit of 0.3 s on case 'hangs'; it did not stop when cancelled", byCase["hangs"].Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(RunFailureKind.Exception, byCase["throws"].Failure!.Kind);
        Assert.Equal("solver 'fake' failed on case 'throws': SolverException: step size underflow at t = 0.3 s", byCase["throws"].Failure!.Message);
        Assert.Equal(RunFailureKind.InvalidOutput, byCase["nan"].Failure!.Kind);
        Assert.Contains("non-finite", byCase["nan"].Failure!.Message, StringComparison.Ordinal);
        Assert.All(byCase["nan"].Output!.Series.Find("y")!.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public async Task ExecuteAsync_HangingSolverHonouringToken_TimesOutAfterLimit()
    {
        using var solver = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.HangsHonouringCancellation());
        var time = TestClock.At();
        var executor = Executor(timeout: TimeSpan.FromSeconds(5), time: time);

        var running = executor.ExecuteAsync(PlanOf([solver], "a"), null, TestContext.Current.CancellationToken);
        await solver.WaitForCallAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(running.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        var output = Assert.Single(await running.WaitAsync(Generous, TestContext.Current.CancellationToken));

        Assert.Equal(RunFailureKind.Timeout, output.Failure!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(5), output.WallTime);
    }

    [Fact]
    public async Task ExecuteAsync_ManySlowRuns_NeverExceedsParallelism()
    {
        using var solver = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Delays(TimeSpan.FromMilliseconds(40), FakeBehaviour.Constant(0.0)));
        var plan = PlanOf([solver], [.. Enumerable.Range(0, 12).Select(i => $"case-{i:00}")]);

        var outputs = await Executor(parallelism: 3).ExecuteAsync(plan, null, TestContext.Current.CancellationToken);

        Assert.All(outputs, o => Assert.Null(o.Failure));
        Assert.InRange(solver.MaxConcurrentCalls, 2, 3);
    }

    [Fact]
    public async Task ExecuteAsync_ReverseFinishOrder_ResultsStayInPlanOrder()
    {
        var delays = new Dictionary<string, int> { ["a"] = 300, ["b"] = 150, ["c"] = 0 };
        using var solver = new FakeSolver("fake", "test-model");
        foreach (var (id, ms) in delays)
        {
            solver.OnCase(id, FakeBehaviour.Delays(TimeSpan.FromMilliseconds(ms), FakeBehaviour.Constant(ms)));
        }

        var finished = new ConcurrentQueue<string>();
        var outputs = await Executor(parallelism: 3).ExecuteAsync(
            PlanOf([solver], "a", "b", "c"),
            (o, _) =>
            {
                finished.Enqueue(o.Run.Case.Id);
                return ValueTask.CompletedTask;
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(["c", "b", "a"], finished);
        Assert.Equal(["a", "b", "c"], outputs.Select(o => o.Run.Case.Id));
        Assert.Equal([0, 1, 2], outputs.Select(o => o.Run.Index));
    }

    [Fact]
    public async Task ExecuteAsync_Callback_IsNeverConcurrentAndOncePerRun()
    {
        using var solver = new FakeSolver("fake", "test-model");
        var plan = PlanOf([solver, new FakeSolver("other", "elsewhere")], [.. Enumerable.Range(0, 16).Select(i => $"case-{i:00}")]);
        var inside = 0;
        var overlaps = 0;
        var calls = new ConcurrentBag<int>();

        await Executor(parallelism: 8).ExecuteAsync(
            plan,
            async (o, token) =>
            {
                if (Interlocked.Increment(ref inside) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                calls.Add(o.Run.Index);
                await Task.Delay(5, token);
                Interlocked.Decrement(ref inside);
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(0, 32), calls.Order());
    }

    [Fact]
    public async Task ExecuteAsync_UnsupportedRun_IsNotExecuted()
    {
        using var solver = new FakeSolver("fake", "another-model");

        var outputs = await Executor().ExecuteAsync(PlanOf([solver], "a"), null, TestContext.Current.CancellationToken);

        var output = Assert.Single(outputs);
        Assert.False(output.Run.Supported);
        Assert.Null(output.Output);
        Assert.Null(output.Failure);
        Assert.Empty(solver.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_CancelledMidRun_KeepsFinishedAndMarksRestCancelled()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var solver = new FakeSolver("fake", "test-model")
            .OnCase("b-hangs", FakeBehaviour.HangsIgnoringCancellation());
        var plan = PlanOf([solver], "a-fast", "b-hangs", "c-later", "d-later");
        var completed = new ConcurrentQueue<string>();
        var callbackCancellable = false;

        var running = Executor(parallelism: 1).ExecuteAsync(
            plan,
            (o, token) =>
            {
                completed.Enqueue(o.Run.Case.Id);
                callbackCancellable |= token.CanBeCanceled;
                return ValueTask.CompletedTask;
            },
            cancel.Token);
        await solver.WaitForCallAsync(TestContext.Current.CancellationToken);
        await solver.WaitForCallAsync(TestContext.Current.CancellationToken);
        await cancel.CancelAsync();
        var outputs = await running.WaitAsync(Generous, TestContext.Current.CancellationToken);

        Assert.Null(outputs[0].Failure);
        Assert.NotNull(outputs[0].Output);
        Assert.All(outputs.Skip(1), o => Assert.Equal(RunFailureKind.Cancelled, o.Failure!.Kind));
        Assert.Contains("cancelled before solver 'fake' finished case 'b-hangs'", outputs[1].Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(["a-fast"], completed);
        Assert.False(callbackCancellable);
        Assert.Equal(2, solver.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_SolverReturnsNull_IsInvalidOutput()
    {
        var solver = new NullSolver();

        var outputs = await Executor().ExecuteAsync(PlanOf([solver], "a"), null, TestContext.Current.CancellationToken);

        Assert.Equal(RunFailureKind.InvalidOutput, outputs[0].Failure!.Kind);
        Assert.Equal("solver 'null' returned no output for case 'a'", outputs[0].Failure!.Message);
    }

    [Fact]
    public async Task ExecuteAsync_MalformedOutput_FailsAsInvalidOutputAndKeepsTheOutput()
    {
        using var solver = new FakeSolver("fake", "test-model")
            .OnCase("missing", FakeBehaviour.OmitsColumn("y"))
            .OnCase("units", FakeBehaviour.WrongUnits("mmHg"))
            .OnCase("names", FakeBehaviour.WrongColumns("z"));

        var outputs = await Executor().ExecuteAsync(PlanOf([solver], "missing", "names", "units"), null, TestContext.Current.CancellationToken);

        Assert.All(outputs, o => Assert.Equal(RunFailureKind.InvalidOutput, o.Failure!.Kind));
        Assert.Equal("invalid output for case 'missing': missing variable(s) 'y'; present: none", outputs[0].Failure!.Message);
        Assert.Equal("invalid output for case 'names': missing variable(s) 'y'; present: 'z'", outputs[1].Failure!.Message);
        Assert.Contains("'y' is in 'mmHg' (L^-1·M·T^-2), not compatible with the requested '1'", outputs[2].Failure!.Message, StringComparison.Ordinal);
        Assert.Empty(outputs[0].Output!.Series.Columns);
        Assert.Equal(["z"], outputs[1].Output!.Series.Columns.Select(c => c.Name));
        Assert.Equal("mmHg", outputs[2].Output!.Series.Find("y")!.Unit.Symbol);
    }

    [Fact]
    public async Task ExecuteAsync_CaseWithoutSampleTimes_FailsThatRunOnly()
    {
        using var solver = new FakeSolver("fake", "test-model");
        var broken = new CaseBuilder("broken").WithOutputs(("absent", "1")).Build();
        var plan = Planner.Plan([broken, new CaseBuilder("fine").Build()], [solver], PlanOptions.Everything).Plan;

        var outputs = await Executor().ExecuteAsync(plan, null, TestContext.Current.CancellationToken);

        Assert.Equal(RunFailureKind.Exception, outputs[0].Failure!.Kind);
        Assert.Contains("could not build the request of case 'broken' for solver 'fake'", outputs[0].Failure!.Message, StringComparison.Ordinal);
        Assert.Null(outputs[1].Failure);
    }

    [Fact]
    public void Constructor_ZeroParallelism_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Executor(parallelism: 0));

    private sealed class NullSolver : ISolver
    {
        public string Id => "null";

        public string Version => "1";

        public SolverKind Kind => SolverKind.BuiltIn;

        public System.Collections.Immutable.ImmutableArray<string> SupportedModels => ["test-model"];

        public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken) => Task.FromResult<SolverOutput>(null!);
    }
}
