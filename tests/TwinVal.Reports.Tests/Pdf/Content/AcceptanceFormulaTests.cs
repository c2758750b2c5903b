using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;
using TwinVal.Reports.Pdf.Content;

namespace TwinVal.Reports.Tests.Pdf.Content;

public class AcceptanceFormulaTests
{
    private static readonly Quantity Limit = new(0.5, Unit.Parse("mmHg"));

    [Theory]
    [InlineData(MetricKind.MaxAbs, "max over t of |s(t) − r(t)| for P ≤ 0.5 mmHg")]
    [InlineData(MetricKind.Rmse, "sqrt(mean over t of (s(t) − r(t))²) for P ≤ 0.5 mmHg")]
    [InlineData(MetricKind.RelL2, "‖s − r‖₂ / ‖r‖₂ for P ≤ 0.5 mmHg")]
    [InlineData(MetricKind.RelLinf, "‖s − r‖∞ / ‖r‖∞ for P ≤ 0.5 mmHg")]
    public void Of_NormMetric_StatesNormAndLimit(MetricKind metric, string expected)
    {
        Assert.Equal(expected, AcceptanceFormula.Of(new AcceptanceCheck("c", metric, "P", Limit: Limit)));
    }

    [Fact]
    public void Of_Pointwise_StatesRuleAndBothTolerances()
    {
        var check = new AcceptanceCheck("c", MetricKind.Pointwise, "V", AbsoluteTolerance: new Quantity(1e-6, Unit.Parse("mV")), RelativeTolerance: 1e-8);

        Assert.Equal("|s(t) − r(t)| ≤ atol + rtol·|r(t)| for V at every reference time t; atol = 1E-06 mV, rtol = 1E-08", AcceptanceFormula.Of(check));
    }

    [Fact]
    public void Of_QoiWithExpectedValue_StatesExtractionRuleAndExpectedValue()
    {
        var check = new AcceptanceCheck("c", MetricKind.Qoi, "P", AbsoluteTolerance: Limit, RelativeTolerance: 0.01,
            Qoi: new QoiSpec(QoiKind.ValueAtTime, At: new Quantity(1.5, Unit.Parse("s"))), Expected: new Quantity(36.79, Unit.Parse("mmHg")));

        Assert.Equal("|q(s) − q_ref| ≤ atol + rtol·|q_ref| with q = value at t = 1.5 s of P, q_ref = 36.79 mmHg; atol = 0.5 mmHg, rtol = 0.01", AcceptanceFormula.Of(check));
    }
}
