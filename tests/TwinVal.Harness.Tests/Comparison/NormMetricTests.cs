using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>Hand-checked examples for max-abs, rmse, rel-l2 and rel-linf on one small data set.</summary>
public sealed class NormMetricTests
{
    // r = (1, 2, 3), s = (1.25, 2, 2.5): d = s − r = (0.25, 0, −0.5), all exact in binary.
    private static readonly ComparisonInput Data = Input([0.0, 1.0, 2.0], [1.0, 2.0, 3.0], [1.25, 2.0, 2.5]);

    [Fact]
    public void MaxAbs_Example_IsLargestAbsoluteDifference()
    {
        // max |d| = 0.5 at t = 2 s; limit 0.6 → margin 0.1.
        var result = new MaxAbsMetric().Evaluate(Check(MetricKind.MaxAbs, limit: Q(0.6, "mmHg")), Data);

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.5, result.Value);
        Assert.Equal(0.1, result.Margin, 1e-15);
        Assert.Equal("mmHg", result.Unit);
        Assert.Contains("t = 2 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxAbs_LimitInOtherUnit_IsConverted()
    {
        // 0.5 mmHg = 66.66 Pa > limit 50 Pa = 0.375031 mmHg.
        var result = new MaxAbsMetric().Evaluate(Check(MetricKind.MaxAbs, limit: Q(50, "Pa")), Data);

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(50 / 133.322387415, result.Limit, 1e-15);
    }

    [Fact]
    public void Rmse_Example_IsRootMeanSquare()
    {
        // sqrt((0.0625 + 0 + 0.25) / 3) = sqrt(0.104166…) = 0.3227486121839514.
        var result = new RmseMetric().Evaluate(Check(MetricKind.Rmse, limit: Q(0.3, "mmHg")), Data);

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(0.3227486121839514, result.Value, 1e-15);
        Assert.Equal(0.3 - 0.3227486121839514, result.Margin, 1e-15);
    }

    [Fact]
    public void RelL2_Example_IsNormRatio()
    {
        // ‖d‖₂ = sqrt(0.3125) = 0.55901699…, ‖r‖₂ = sqrt(14) = 3.74165739…, ratio 0.14940357616679922.
        var result = new RelL2Metric().Evaluate(Check(MetricKind.RelL2, limit: Q(0.15, "1")), Data);

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.14940357616679922, result.Value, 1e-15);
        Assert.Equal("1", result.Unit);
    }

    [Fact]
    public void RelL2_PercentLimit_IsConvertedToPureNumber()
    {
        // 10 % = 0.1 < 0.1494.
        var result = new RelL2Metric().Evaluate(Check(MetricKind.RelL2, limit: Q(10, "%")), Data);

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(0.1, result.Limit, 1e-15);
    }

    [Fact]
    public void RelL2_ZeroReference_IsError()
    {
        var zero = Input([0.0, 1.0], [0.0, 0.0], [0.1, 0.0]);

        var result = new RelL2Metric().Evaluate(Check(MetricKind.RelL2, limit: Q(0.1, "1")), zero);

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("zero at every point", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelL2_HugeValues_DoNotOverflow()
    {
        // Squares of 1e200 overflow; the scaled norm does not. d = (1e199, 0), r = (1e200, 1e200) → 0.1/sqrt(2).
        var huge = Input([0.0, 1.0], [1e200, 1e200], [1.1e200, 1e200]);

        var result = new RelL2Metric().Evaluate(Check(MetricKind.RelL2, limit: Q(0.1, "1")), huge);

        Assert.Equal(0.1 / Math.Sqrt(2), result.Value, 1e-12);
    }

    [Fact]
    public void Rmse_TinyValues_DoNotUnderflow()
    {
        // Squares of 1e-200 underflow to 0; the scaled sum keeps them. rmse of (3e-200, 4e-200) = sqrt(12.5)·1e-200.
        var tiny = Input([0.0, 1.0], [0.0, 0.0], [3e-200, 4e-200]);

        var result = new RmseMetric().Evaluate(Check(MetricKind.Rmse, limit: Q(1, "mmHg")), tiny);

        Assert.Equal(Math.Sqrt(12.5) * 1e-200, result.Value, 1e-212);
    }

    [Fact]
    public void RelLinf_Example_IsMaxRatio()
    {
        // ‖d‖∞ / ‖r‖∞ = 0.5 / 3 = 0.1666….
        var result = new RelLinfMetric().Evaluate(Check(MetricKind.RelLinf, limit: Q(0.2, "1")), Data);

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.5 / 3, result.Value, 1e-15);
    }

    [Fact]
    public void NormMetrics_NoLimit_AreErrors()
    {
        IMetric[] metrics = [new MaxAbsMetric(), new RmseMetric(), new RelL2Metric(), new RelLinfMetric()];

        foreach (var metric in metrics)
        {
            var result = metric.Evaluate(Check(metric.Kind), Data);
            Assert.Equal(Verdict.Error, result.Verdict);
            Assert.Contains("declares no limit", result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MaxAbs_SolutionInOtherUnitThanReference_IsError()
    {
        var mixed = Data with { Solution = ComparisonBuilders.S("P", "kPa", 1.25, 2.0, 2.5) };

        var result = new MaxAbsMetric().Evaluate(Check(MetricKind.MaxAbs, limit: Q(1, "mmHg")), mixed);

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("solution is in 'kPa' but the reference in 'mmHg'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelLinf_LimitWithUnit_IsError()
    {
        var result = new RelLinfMetric().Evaluate(Check(MetricKind.RelLinf, limit: Q(1, "mmHg")), Data);

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("'mmHg'", result.Message, StringComparison.Ordinal);
    }
}
