using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>The refinement ladder survives as data: level outputs in the record and (h, φ), order, φ_ext and GCI in run.json.</summary>
public sealed class ValidationRunnerLadderTests
{
    private static readonly RefinementLadder Steps = new(
        RefinementParameter.FixedStep,
        [new Quantity(0.04, SiUnits.Second), new Quantity(0.02, SiUnits.Second), new Quantity(0.01, SiUnits.Second)],
        []);

    [Fact]
    public async Task RunAsync_ConvergenceCase_RecordsLadderWithLevelsOrderExtrapolationAndGci()
    {
        using var sandbox = new RunnerSandbox();
        var (run, _) = await RunAsync(sandbox, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)))));

        var ladder = Assert.Single(run.Ladders);
        Assert.Equal(("y-order", "y", "final-value", "h", "s", "1"), (ladder.CheckId, ladder.Variable, ladder.Qoi, ladder.HName, ladder.HUnit, ladder.PhiUnit));
        Assert.Equal([2, 1, 0], ladder.Levels.Select(l => l.Level));
        Assert.Equal([0.01, 0.02, 0.04], ladder.Levels.Select(l => l.H));

        // φ(h) = 1 + 0.5·h²: φ = 1.00005, 1.0002, 1.0008; r = 2 and ε32/ε21 = 4 give p = 2, and Richardson's
        // φ_ext = φ1 + (φ1 − φ2)/(r^p − 1) = 1.00005 − 0.00015/3 = 1 exactly (Celik et al. 2008, eq. 4a).
        Assert.Equal([1.00005, 1.0002, 1.0008], ladder.Levels.Select(l => l.Phi), new ToleranceComparer(1e-12));
        Assert.Equal(2.0, ladder.ObservedOrder, 1e-9);
        Assert.Equal(2.0, ladder.ExpectedOrder);
        Assert.Equal(1.0, ladder.ExtrapolatedValue, 1e-12);

        // GCI_fine21 = 1.25·|(φ1 − φ2)/φ1|/(r^p − 1) = 1.25·(0.00015/1.00005)/3; the asymptotic ratio is φ1/φ2 = 1.00005/1.0002.
        Assert.Equal(1.25 * (0.00015 / 1.00005) / 3, ladder.GciFine, 1e-12);
        Assert.Equal(1.00005 / 1.0002, ladder.AsymptoticRatio, 1e-9);
        Assert.Equal("monotonic-convergence", ladder.Behaviour);
    }

    [Fact]
    public async Task RunAsync_ConvergenceCase_SavesEachLevelOutputWhereTheLadderSays()
    {
        using var sandbox = new RunnerSandbox();
        var (run, folder) = await RunAsync(sandbox, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)))));

        var ladder = Assert.Single(run.Ladders);
        foreach (var level in ladder.Levels)
        {
            Assert.Equal($"outputs/conv/fake.level-{level.Level}.csv", level.Output);
            var read = SeriesTableCsvReader.Read(Path.Combine(folder, level.Output));
            var y = Assert.IsType<SeriesTable>(read.Table).Find("y")!;
            Assert.Equal(level.Phi, y.Values[^1]);
        }
    }

    [Fact]
    public async Task RunAsync_ConvergenceCase_RunJsonReadsBackTheSameLadder()
    {
        using var sandbox = new RunnerSandbox();
        var (run, _) = await RunAsync(sandbox, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)))));

        var read = Assert.Single((await sandbox.ReadRunJsonAsync()).Results);

        var expected = Assert.Single(run.Ladders);
        var actual = Assert.Single(read.Ladders);
        Assert.Equal(expected with { Levels = [] }, actual with { Levels = [] });
        Assert.Equal(expected.Levels, actual.Levels);
    }

    [Fact]
    public async Task RunAsync_LevelFails_RecordsNoLadderAndTheCheckSaysWhy()
    {
        using var sandbox = new RunnerSandbox();
        var (run, folder) = await RunAsync(sandbox, FakeBehaviour.Computes(r =>
            Math.Abs(H(r) - 0.02) < 1e-12 ? throw new SolverException("step rejected") : Table(1.0 + H(r))));

        Assert.Empty(run.Ladders);
        Assert.Equal(Verdict.Error, Assert.Single(run.Checks, c => c.CheckId == "y-order").Verdict);
        Assert.False(File.Exists(Path.Combine(folder, "outputs", "conv", "fake.level-1.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "outputs", "conv", "fake.level-0.csv")));
    }

    [Fact]
    public async Task RunAsync_ConvergenceCaseWithEnsemble_KeepsTheLadderRecord()
    {
        // The ensemble stage re-judges the run after the ladders: it must not drop the ladder records they attached.
        using var sandbox = new RunnerSandbox();
        var ensemble = new EnsembleSpec(
            10, 500, [],
            [new EnsembleCheck("y-final-moments", EnsembleTest.Moments, "y", new QoiSpec(QoiKind.FinalValue), new Quantity(1.0, Unit.Dimensionless), new Quantity(0.1, Unit.Dimensionless))]);
        var (run, _) = await RunAsync(sandbox, FakeBehaviour.Computes(r => Table(1.0 + (0.5 * H(r) * H(r)) + (r.Seed % 2 == 0 ? 0.05 : -0.05))), ConvergenceCase() with { Ensemble = ensemble });

        Assert.Contains(run.Checks, c => c.CheckId == "y-final-moments");
        Assert.Single(run.Ladders);
        Assert.Single(Assert.Single((await sandbox.ReadRunJsonAsync()).Results).Ladders);
    }

    private static async Task<(JudgedRun Run, string Folder)> RunAsync(RunnerSandbox sandbox, FakeBehaviour behaviour, ReferenceCase? referenceCase = null)
    {
        using var fake = new FakeSolver("fake", "test-model").Otherwise(behaviour);
        var planning = Planner.Plan([referenceCase ?? ConvergenceCase()], [fake], PlanOptions.Everything);
        var (summary, folder) = await sandbox.StartAsync(sandbox.Settings(planning.Plan), cancellationToken: TestContext.Current.CancellationToken);
        return (Assert.Single(summary.Results), folder);
    }

    private static ReferenceCase ConvergenceCase() =>
        new CaseBuilder("conv")
            .WithCheck(new AcceptanceCheck("y-order", MetricKind.Convergence, "y", Qoi: new QoiSpec(QoiKind.FinalValue, null, null, CrossingDirection.Rising), Convergence: new ConvergenceSpec(2, 0.1, 1e-3)))
            .Build() with { Refinement = Steps };

    private static double H(SolveRequest request) => request.Numerics.FixedStep?.In(SiUnits.Second) ?? 0.0;

    private static SeriesTable Table(double value) =>
        new(new Series("time", SiUnits.Second, [0.0, 0.5, 1.0]), [new Series("y", Unit.Dimensionless, ImmutableArray.Create(value, value, value))]);

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
