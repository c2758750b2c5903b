using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>Ensembles end to end: members solved with their seeds, checks judged with the run, the member table in the record.</summary>
public sealed class ValidationRunnerEnsembleTests
{
    [Fact]
    public async Task RunAsync_SeedDrivenSolver_PassesAndRecordsEveryMember()
    {
        using var sandbox = new RunnerSandbox();

        // y_final = (seed mod 2): over seeds 200…239 exactly half the members end at 1, so the fraction of members whose
        // y crosses 0.5 is 0.5 and the mean of y_final 0.5 with variance 40/(4·39).
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r => Table(r.Seed % 2)));
        var (summary, folder) = await RunAsync(sandbox, fake, Case(expectedFraction: 0.5));

        var run = Assert.Single(summary.Results);
        Assert.Equal(Verdict.Pass, run.Verdict);
        Assert.Equal(["y-final", "y-moments", "y-fraction"], run.Checks.Select(c => c.CheckId));
        Assert.Equal(41, fake.Requests.Count);
        Assert.Equal(Enumerable.Range(200, 40).Select(i => (long)i), fake.Requests.Skip(1).Select(r => r.Seed).Order());
        var csv = await File.ReadAllLinesAsync(Path.Combine(folder, "outputs", "ens", "fake" + EnsembleStudies.MemberFileSuffix), TestContext.Current.CancellationToken);
        Assert.Equal("member [1],seed [1],k [Hz],y-moments [1],y-fraction [s]", csv[0]);
        Assert.Equal(41, csv.Length);
        var checksCsv = await File.ReadAllTextAsync(Path.Combine(folder, "checks.csv"), TestContext.Current.CancellationToken);
        Assert.Contains("ensemble:fraction", checksCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongExpectedFraction_FailsWithTheEnsembleCheck()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r => Table(r.Seed % 2)));

        var (summary, _) = await RunAsync(sandbox, fake, Case(expectedFraction: 0.9));

        var run = Assert.Single(summary.Results);
        Assert.Equal(Verdict.Fail, run.Verdict);
        Assert.StartsWith("y-fraction: fraction = 0.4 > limit", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MemberThrows_RunIsAnErrorNamingTheSeed()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r =>
            r.Seed == 217 ? throw new SolverException("noise blew up") : Table(r.Seed % 2)));

        var (summary, _) = await RunAsync(sandbox, fake, Case(expectedFraction: 0.5));

        var run = Assert.Single(summary.Results);
        Assert.Equal(Verdict.Error, run.Verdict);
        Assert.Contains("member 17 (seed 217): the solve failed:", run.Message, StringComparison.Ordinal);
        Assert.Contains("noise blew up", run.Message, StringComparison.Ordinal);
    }

    private static async Task<(Harness.Reporting.RunSummary Summary, string Folder)> RunAsync(RunnerSandbox sandbox, FakeSolver fake, ReferenceCase referenceCase)
    {
        var planning = Planner.Plan([referenceCase], [fake], PlanOptions.Everything);
        return await sandbox.StartAsync(sandbox.Settings(planning.Plan), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static ReferenceCase Case(double expectedFraction)
    {
        var final = new QoiSpec(QoiKind.FinalValue);
        var crossing = new QoiSpec(QoiKind.FirstCrossing, Threshold: new Quantity(0.5, Unit.Dimensionless));
        var spec = new EnsembleSpec(
            40, 200, [new SampledParameter("k", new UniformDistribution(1.0, 2.0), SiUnits.Hertz)],
            [
                new EnsembleCheck("y-moments", EnsembleTest.Moments, "y", final, new Quantity(0.5, Unit.Dimensionless), new Quantity(0.5, Unit.Dimensionless)),
                new EnsembleCheck("y-fraction", EnsembleTest.Fraction, "y", crossing, ExpectedFraction: expectedFraction),
            ]);
        return new CaseBuilder("ens")
            .WithParameter("k", 1.5, "Hz")
            .WithCheck(new AcceptanceCheck("y-final", MetricKind.Qoi, "y", new Quantity(1.0, Unit.Dimensionless), Qoi: final))
            .Build() with { Ensemble = spec };
    }

    private static SeriesTable Table(double value) =>
        new(new Series("time", SiUnits.Second, [0.0, 0.5, 1.0]), [new Series("y", Unit.Dimensionless, ImmutableArray.Create(0.0, value / 2, value))]);
}
