using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Tests.Evidence.Validation;

public sealed class ValidationMetricTests
{
    [Fact]
    public void Evaluate_ThreeFourTwelve_GivesUvalThirteenAndPasses()
    {
        // By hand: u_val = √(3² + 4² + 12²) = 13; E = 120 − 100 = 20 ≤ 2·13 = 26, margin 6.
        var result = ValidationMetric.Evaluate(120, 100, new ValidationUncertainties(3, 4, 12), new ValidationCriterion());

        Assert.Equal(20.0, result.ComparisonError);
        Assert.Equal(13.0, result.ValidationUncertainty, 12);
        Assert.Equal(-6.0, result.ModelErrorLow, 12);
        Assert.Equal(46.0, result.ModelErrorHigh, 12);
        Assert.Equal(Verdict.Pass, result.Check.Verdict);
        Assert.Equal(26.0, result.Check.Limit, 12);
        Assert.Equal(6.0, result.Check.Margin, 12);
        Assert.Contains("u_num = 3", result.Check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ErrorBeyondCoverage_Fails()
    {
        var result = ValidationMetric.Evaluate(100, 130, new ValidationUncertainties(3, 4, 12), new ValidationCriterion(CoverageFactor: 2));

        Assert.Equal(-30.0, result.ComparisonError);
        Assert.Equal(Verdict.Fail, result.Check.Verdict);
        Assert.Equal(-4.0, result.Check.Margin, 12);
    }

    [Fact]
    public void Evaluate_ClinicalTolerance_NeedsWholeIntervalInside()
    {
        // |E| + k·u_val = 5 + 2·5 = 15 (u_val = √(0 + 3² + 4²) = 5): passes T = 15, fails T = 14.
        var u = new ValidationUncertainties(0, 3, 4);

        var pass = ValidationMetric.Evaluate(105, 100, u, new ValidationCriterion(ClinicalTolerance: 15, Unit: "mmHg"));
        var fail = ValidationMetric.Evaluate(105, 100, u, new ValidationCriterion(ClinicalTolerance: 14));

        Assert.Equal(Verdict.Pass, pass.Check.Verdict);
        Assert.Equal(15.0, pass.Check.Value, 12);
        Assert.Equal("mmHg", pass.Check.Unit);
        Assert.Equal(Verdict.Fail, fail.Check.Verdict);
        Assert.Contains("clinical tolerance", fail.Check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, 1, 1, 1, 1, 2)]
    [InlineData(1, 1, -1, 1, 1, 2)]
    [InlineData(1, 1, 1, double.PositiveInfinity, 1, 2)]
    [InlineData(1, 1, 1, 1, 1, 0)]
    public void Evaluate_BadNumbers_AreErrorNotException(double s, double d, double uNum, double uInput, double uData, double k)
    {
        var result = ValidationMetric.Evaluate(s, d, new ValidationUncertainties(uNum, uInput, uData), new ValidationCriterion(k));

        Assert.Equal(Verdict.Error, result.Check.Verdict);
    }

    [Fact]
    public void Combined_HugeComponents_DoNotOverflow()
    {
        Assert.Equal(5e200, new ValidationUncertainties(3e200, 4e200, 0).Combined, 1e188);
    }
}
