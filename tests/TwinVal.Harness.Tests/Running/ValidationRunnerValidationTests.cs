using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Running;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>V&amp;V 20 comparisons end to end: input samples solved through the executor, judged with the run, recorded in run.json.</summary>
public sealed class ValidationRunnerValidationTests
{
    [Fact]
    public async Task RunAsync_ParameterDrivenSolver_JudgesTheComparisonFromTheSamples()
    {
        using var sandbox = new RunnerSandbox();

        // P_final = C (in mL/mmHg, read as mmHg): S = 1.5 at the nominal C; the 20 Latin-hypercube samples of
        // C ~ U(1, 2) give u_input = their sample SD, which the test recomputes from the same seeded design.
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r => Table(r.Parameter("C").Quantity.Value)));
        var (summary, folder) = await RunAsync(sandbox, fake, Case(datum: 1.6, samples: 20));

        var run = Assert.Single(summary.Results);
        Assert.Equal(Verdict.Pass, run.Verdict);
        Assert.Equal(21, fake.Requests.Count);
        var expected = UncertaintyPropagation.Summarize(
            [.. ValidationSamplePlanner.Draw(Inputs(20)).Select(r => r[0].Quantity.Value)], Inputs(20).Options).StandardDeviation;
        var record = Assert.Single(run.Validations);
        Assert.Equal(expected, record.InputUncertainty, 12);
        Assert.Equal((1.5, 1.6), (record.Simulation, record.Data));
        var check = run.Checks.Single(c => c.CheckId == "P-vv20");
        Assert.Equal(ValidationJudge.Metric, check.Metric);
        var checksCsv = await File.ReadAllTextAsync(Path.Combine(folder, "checks.csv"), TestContext.Current.CancellationToken);
        Assert.Contains("P-vv20,validation:vv20", checksCsv, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json"), TestContext.Current.CancellationToken));
        var validation = json.RootElement.GetProperty("results")[0].GetProperty("validations")[0];
        Assert.Equal(expected, validation.GetProperty("uInput").GetDouble(), 12);
    }

    [Fact]
    public async Task RunAsync_SameSeedTwice_GivesTheSameInputUncertainty()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r => Table(r.Parameter("C").Quantity.Value)));

        var (first, _) = await RunAsync(sandbox, fake, Case(datum: 1.6, samples: 12));
        var (second, _) = await RunAsync(sandbox, fake, Case(datum: 1.6, samples: 12));

        Assert.Equal(first.Results[0].Validations[0].InputUncertainty, second.Results[0].Validations[0].InputUncertainty);
    }

    [Fact]
    public async Task RunAsync_DatumFarOff_FailsTheRunWithTheComponents()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Computes(r => Table(r.Parameter("C").Quantity.Value)));

        var (summary, _) = await RunAsync(sandbox, fake, Case(datum: 5, samples: 10));

        var run = Assert.Single(summary.Results);
        Assert.Equal(Verdict.Fail, run.Verdict);
        Assert.StartsWith("P-vv20: validation-error = 3.5 > limit", run.Message, StringComparison.Ordinal);
        Assert.Contains("u_num = 0.01", run.Message, StringComparison.Ordinal);
    }

    private static async Task<(Harness.Reporting.RunSummary Summary, string Folder)> RunAsync(RunnerSandbox sandbox, FakeSolver fake, ReferenceCase referenceCase)
    {
        var planning = Planner.Plan([referenceCase], [fake], PlanOptions.Everything);
        return await sandbox.StartAsync(sandbox.Settings(planning.Plan), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static InputUncertaintySpec Inputs(int samples) =>
        new(SamplingMethod.LatinHypercube, samples, 42, [new SampledParameter("C", new UniformDistribution(1, 2), Unit.Parse("mL/mmHg"))]);

    private static ReferenceCase Case(double datum, int samples)
    {
        var mmHg = Unit.Parse("mmHg");
        var comparison = new ValidationComparisonSpec(
            "P-vv20", "P", new QoiSpec(QoiKind.FinalValue), new Quantity(datum, mmHg), new Quantity(0.05, mmHg), "test datum",
            new NumericalUncertaintySource(new Quantity(0.01, mmHg), null, 1, "declared"), 2.0, null, null);
        return new CaseBuilder("vv")
            .WithParameter("C", 1.5, "mL/mmHg")
            .WithReference("P", "mmHg", [0.0, 1.0], [0.0, 1.5])
            .WithCheck(new AcceptanceCheck("P-final", MetricKind.Qoi, "P", new Quantity(1.0, mmHg), Qoi: new QoiSpec(QoiKind.FinalValue)))
            .Build() with { Validation = new ValidationSpec([comparison], Inputs(samples)) };
    }

    private static SeriesTable Table(double final) =>
        new(new Series("time", SiUnits.Second, [0.0, 1.0]), [new Series("P", Unit.Parse("mmHg"), ImmutableArray.Create(0.0, final))]);
}
