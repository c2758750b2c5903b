using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>Convergence checks end to end: the ladder is solved, its QoI analysed, and the result judged with the run.</summary>
public sealed class ValidationRunnerConvergenceTests
{
    private static readonly RefinementLadder Steps = new(
        RefinementParameter.FixedStep,
        [new Quantity(0.04, SiUnits.Second), new Quantity(0.02, SiUnits.Second), new Quantity(10, Unit.Parse("ms"))],
        []);

    [Fact]
    public async Task RunAsync_SecondOrderErrorAndExpectedOrderTwo_Passes()
    {
        var run = await RunAsync(expectedOrder: 2, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)))));

        Assert.Equal(Verdict.Pass, run.Verdict);
        var order = Assert.Single(run.Checks, c => c.CheckId == "y-order");
        Assert.Equal("convergence:observed-order", order.Metric);
        // φ(h) = 1 + 0.5·h² on h = 0.04, 0.02, 0.01 s (declaration order, as the message lists them): ε32/ε21 = 4 with r = 2, so p = log(4)/log(2) = 2 exactly.
        Assert.Equal(0.0, order.Value, 1e-9);
        Assert.Contains("levels (h in s, final-value in 1): (0.04, 1.0008), (0.02, 1.0002), (0.01, 1.00005)", order.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SecondOrderErrorButExpectedOrderFour_FailsWithTheObservedOrder()
    {
        var run = await RunAsync(expectedOrder: 4, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)))));

        Assert.Equal(Verdict.Fail, run.Verdict);
        var order = Assert.Single(run.Checks, c => c.CheckId == "y-order");
        Assert.Equal(2.0, order.Value, 1e-9);
        Assert.Equal(-1.9, order.Margin, 1e-9);
        Assert.StartsWith("y-order: observed-order = 2 > limit 0.1", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OneLevelFails_IsAnErrorNamingTheLevel()
    {
        var run = await RunAsync(expectedOrder: 2, FakeBehaviour.Computes(r =>
            Math.Abs(H(r) - 0.02) < 1e-12 ? throw new SolverException("step rejected") : Table(1.0 + H(r))));

        Assert.Equal(Verdict.Error, run.Verdict);
        var check = Assert.Single(run.Checks, c => c.CheckId == "y-order");
        Assert.StartsWith("level 1 (h = 0.02): the solve failed: ", check.Message, StringComparison.Ordinal);
        Assert.Contains("step rejected", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_SupportedRunsOnly_OneSolvePerLevelWithTheLevelNumerics()
    {
        using var fake = new FakeSolver("fake", "test-model");
        using var other = new FakeSolver("other", "other-model");
        var plan = Planner.Plan([ConvergenceCase(2), new CaseBuilder("plain").Build()], [fake, other], PlanOptions.Everything).Plan;

        var (levelPlan, levels) = RefinementPlanner.Expand(plan);

        Assert.Equal([0, 1, 2], levels.Select(l => l.Level));
        Assert.All(levels, l => Assert.Equal(("conv", "fake"), (l.Run.Case.Id, l.Run.Solver.Id)));
        Assert.Equal([0.04, 0.02, 0.01], levels.Select(l => l.H));
        Assert.Equal(Steps.Steps, levels.Select(l => l.Run.Case.Numerics.FixedStep!.Value));
        Assert.Equal([0, 1, 2], levelPlan.Runs.Select(r => r.Index));
    }

    private static async Task<JudgedRun> RunAsync(double expectedOrder, FakeBehaviour behaviour)
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(behaviour);
        var planning = Planner.Plan([ConvergenceCase(expectedOrder)], [fake], PlanOptions.Everything);
        var (summary, _) = await sandbox.StartAsync(sandbox.Settings(planning.Plan), cancellationToken: TestContext.Current.CancellationToken);
        return Assert.Single(summary.Results);
    }

    private static ReferenceCase ConvergenceCase(double expectedOrder) =>
        new CaseBuilder("conv")
            .WithCheck(new AcceptanceCheck("y-final", MetricKind.Qoi, "y", new Quantity(1.0, Unit.Dimensionless), Qoi: new QoiSpec(QoiKind.FinalValue, null, null, CrossingDirection.Rising)))
            .WithCheck(new AcceptanceCheck("y-order", MetricKind.Convergence, "y", Qoi: new QoiSpec(QoiKind.FinalValue, null, null, CrossingDirection.Rising), Convergence: new ConvergenceSpec(expectedOrder, 0.1, null)))
            .Build() with { Refinement = Steps };

    // The base run asks for no fixed step: it gets the exact value.
    private static double H(SolveRequest request) => request.Numerics.FixedStep?.In(SiUnits.Second) ?? 0.0;

    private static SeriesTable Table(double value) =>
        new(new Series("time", SiUnits.Second, [0.0, 0.5, 1.0]), [new Series("y", Unit.Dimensionless, ImmutableArray.Create(value, value, value))]);
}
