using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Running;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>
/// V&amp;V 20 comparisons judged from hand-made outputs. The arithmetic follows ASME V&amp;V 20-2009 §1-5 (E = S − D,
/// u_val = √(u_num² + u_input² + u_D²), δ_model ∈ E ± k·u_val) and §4 (u_input as the sample SD over the input samples).
/// </summary>
public sealed class ValidationJudgeTests
{
    private static readonly Unit MmHg = Unit.Parse("mmHg");

    [Fact]
    public void Assess_HandComputedExample_ReportsEveryComponent()
    {
        // By hand: S = 10, D = 5, E = 5; u_input = SD{1, 3, 5} = √((4 + 0 + 4)/2) = 2; u_num = 1, u_D = 2;
        // u_val = √(1 + 4 + 4) = 3; k = 2: |E| = 5 ≤ 6, margin 1.
        using var fake = new FakeSolver("fake", "m");
        var run = new PlannedRun(0, Case(Declared(1.0), inputs: true), fake, true);

        var (check, record) = Assert.Single(ValidationJudge.Assess(run, Output(10), [], [Sample(1), Sample(3), Sample(5)]));

        Assert.Equal((ValidationJudge.Metric, Verdict.Pass), (check.Metric, check.Verdict));
        Assert.Equal((5.0, 6.0, 1.0), (check.Value, check.Limit, check.Margin));
        Assert.Equal((10.0, 5.0, 5.0), (record.Simulation, record.Data, record.ComparisonError));
        Assert.Equal(1.0, record.NumericalUncertainty);
        Assert.Equal(2.0, record.InputUncertainty, 12);
        Assert.Equal(2.0, record.DataUncertainty);
        Assert.Equal(3.0, record.ValidationUncertainty, 12);
        Assert.Equal(("latin-hypercube", 3, 7UL), (record.Sampling, record.Samples, record.Seed));
        Assert.Contains("E = S − D = 10 − 5 = 5", check.Message, StringComparison.Ordinal);
        Assert.Contains("u_input = 2", check.Message, StringComparison.Ordinal);
        Assert.Contains("δ_model ∈ [-1, 11] mmHg", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ErrorBeyondKUval_Fails()
    {
        using var fake = new FakeSolver("fake", "m");
        var run = new PlannedRun(0, Case(Declared(1.0), inputs: true), fake, true);

        var (check, _) = Assert.Single(ValidationJudge.Assess(run, Output(12), [], [Sample(1), Sample(3), Sample(5)]));

        // |E| = 7 > 2·3 = 6.
        Assert.Equal((Verdict.Fail, -1.0), (check.Verdict, check.Margin));
    }

    [Fact]
    public void Assess_GciSource_DividesTheAbsoluteGciByTheDivisor()
    {
        // u_num = GCI_fine21·|φ_1|/divisor = 0.02·50/1.25 = 0.8 mmHg; without inputs u_input = 0; u_val = √(0.8² + 0.6²) = 1.
        using var fake = new FakeSolver("fake", "m");
        var source = new NumericalUncertaintySource(null, "P-conv", 1.25, "Fs of a three-level study");
        var run = new PlannedRun(0, Case(source, inputs: false, uData: 0.6), fake, true);
        var ladder = new LadderRecord("P-conv", "P", "final-value", "h", "s", "mmHg", [new LadderLevel(0, 0.01, 50, "o.csv")], "monotonic-convergence", 4, 4, 4, 50, 0.02, 1);

        var (check, record) = Assert.Single(ValidationJudge.Assess(run, Output(6), [ladder], []));

        Assert.Equal(0.8, record.NumericalUncertainty, 12);
        Assert.Equal((0.0, "none"), (record.InputUncertainty, record.Sampling));
        Assert.Equal(1.0, record.ValidationUncertainty, 12);
        Assert.Equal(Verdict.Pass, check.Verdict);
        Assert.Contains("GCI of convergence check 'P-conv'", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_GciSourceWithoutLadder_IsAnErrorThatSaysSo()
    {
        using var fake = new FakeSolver("fake", "m");
        var run = new PlannedRun(0, Case(new NumericalUncertaintySource(null, "P-conv", 1, "GCI"), inputs: false), fake, true);

        var (check, _) = Assert.Single(ValidationJudge.Assess(run, Output(6), [], []));

        Assert.Equal(Verdict.Error, check.Verdict);
        Assert.Contains("'P-conv' has no complete ladder", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_FailedSample_IsAnErrorNamingTheSample()
    {
        using var fake = new FakeSolver("fake", "m");
        var run = new PlannedRun(0, Case(Declared(1.0), inputs: true), fake, true);
        var failed = new RunOutput(run, null, new RunFailure(RunFailureKind.Exception, "diverged"), TimeSpan.Zero);

        var (check, _) = Assert.Single(ValidationJudge.Assess(run, Output(10), [], [Sample(1), failed, Sample(5)]));

        Assert.Equal(Verdict.Error, check.Verdict);
        Assert.Contains("input sample 1: the solve failed: diverged", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CaseWithoutValidation_GivesNothing()
    {
        using var fake = new FakeSolver("fake", "m");
        var run = new PlannedRun(0, new CaseBuilder("plain").Build(), fake, true);

        Assert.Empty(ValidationJudge.Assess(run, Output(1), [], []));
    }

    internal static ReferenceCase Case(NumericalUncertaintySource numerical, bool inputs, double uData = 2.0)
    {
        var comparison = new ValidationComparisonSpec(
            "P-vv20", "P", new QoiSpec(QoiKind.FinalValue), new Quantity(5, MmHg), new Quantity(uData, MmHg), "test datum", numerical, 2.0, null, null);
        var input = new InputUncertaintySpec(SamplingMethod.LatinHypercube, 3, 7, [new SampledParameter("C", new UniformDistribution(1, 2), Unit.Parse("mL/mmHg"))]);
        return new CaseBuilder("vv").WithParameter("C", 1.5, "mL/mmHg").Build() with { Validation = new ValidationSpec([comparison], inputs ? input : null) };
    }

    private static NumericalUncertaintySource Declared(double value) => new(new Quantity(value, MmHg), null, 1, "declared for the test");

    private static SolverOutput Output(double final) =>
        new(new SeriesTable(new Series("time", SiUnits.Second, [0.0, 1.0]), [new Series("P", MmHg, ImmutableArray.Create(0.0, final))]), [], SolverDiagnostics.None);

    private static RunOutput Sample(double final)
    {
        using var fake = new FakeSolver("fake", "m");
        return new RunOutput(new PlannedRun(0, new CaseBuilder("s").Build(), fake, true), Output(final), null, TimeSpan.Zero);
    }
}
