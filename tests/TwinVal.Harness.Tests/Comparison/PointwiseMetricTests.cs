using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class PointwiseMetricTests
{
    private static readonly double[] Time = [0.0, 1.0, 2.0];
    private static readonly double[] Reference = [100.0, 50.0, 0.0];

    [Fact]
    public void Evaluate_WorstPointExactlyOnBound_PassesWithZeroMargin()
    {
        // atol = 0.5 mmHg, rtol = 0.01. Bounds: 0.5 + 0.01·100 = 1.5; 0.5 + 0.01·50 = 1.0; 0.5 + 0 = 0.5.
        // Errors: 0.5, 1.0, 0.2 → ratios 1/3, 1.0, 0.4. Worst ratio 1.0 at t = 1 s: passes (≤ 1), margin 0.
        var check = Check(MetricKind.Pointwise, atol: Q(0.5, "mmHg"), rtol: 0.01);

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [100.5, 49.0, 0.2]));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(1.0, result.Value);
        Assert.Equal(1.0, result.Limit);
        Assert.Equal(0.0, result.Margin);
        Assert.Equal("1", result.Unit);
        Assert.Contains("t = 1 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PointOutsideBound_FailsNamingWorstPoint()
    {
        // At t = 1 s: |48.5 − 50| = 1.5 against a bound of 1.0 → ratio 1.5, margin 1 − 1.5 = −0.5.
        var check = Check(MetricKind.Pointwise, atol: Q(0.5, "mmHg"), rtol: 0.01);

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [100.5, 48.5, 0.2]));

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(1.5, result.Value);
        Assert.Equal(-0.5, result.Margin);
        Assert.Contains("1 of 3 points outside", result.Message, StringComparison.Ordinal);
        Assert.Contains("t = 1 s: s = 48.5 mmHg, r = 50 mmHg, |s − r| = 1.5 mmHg > allowed 1 mmHg", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AtolInOtherPressureUnit_ConvertsToComparisonUnit()
    {
        // atol 0.1 kPa = 100 Pa = 100 / 133.322387415 mmHg = 0.7500616 mmHg; an error of 0.7 mmHg is within it.
        var check = Check(MetricKind.Pointwise, atol: Q(0.1, "kPa"));

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [100.7, 50.0, 0.0]));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.7 / 0.7500615758456562, result.Value, 1e-9);
    }

    [Fact]
    public void Evaluate_ZeroBoundWithDifference_FailsWithInfiniteRatio()
    {
        // rtol only: at r = 0 the bound is 0, so the 0.2 mmHg error there admits no tolerance.
        var check = Check(MetricKind.Pointwise, rtol: 0.1);

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [100.0, 50.0, 0.2]));

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(double.PositiveInfinity, result.Value);
        Assert.Contains("t = 2 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ZeroBoundWithExactValue_Passes()
    {
        var check = Check(MetricKind.Pointwise, rtol: 0.1);

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [105.0, 50.0, 0.0]));

        // Worst ratio: |105 − 100| / (0.1·100) = 0.5; the zero-bound point at r = 0 matches exactly (ratio 0).
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.5, result.Value);
    }

    [Fact]
    public void Evaluate_NoTolerance_IsError()
    {
        var result = new PointwiseMetric().Evaluate(Check(MetricKind.Pointwise), Input(Time, Reference, Reference));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("neither atol nor rtol", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AtolInIncompatibleUnit_IsErrorNamingBothUnits()
    {
        var check = Check(MetricKind.Pointwise, atol: Q(1, "mL"));

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, Reference));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("'mL'", result.Message, StringComparison.Ordinal);
        Assert.Contains("'mmHg'", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Evaluate_NonFiniteSolution_IsErrorNamingTime(double bad, string shown)
    {
        var check = Check(MetricKind.Pointwise, atol: Q(1, "mmHg"));

        var result = new PointwiseMetric().Evaluate(check, Input(Time, Reference, [100.0, bad, 0.0]));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains($"undeclared non-finite value {shown} in 'P' at t = 1 s", result.Message, StringComparison.Ordinal);
    }
}
