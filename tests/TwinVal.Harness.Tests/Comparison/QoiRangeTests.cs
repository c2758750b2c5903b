using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>QoI checks with a range: judged on the solution alone, value q, limit the nearer bound, margin inside it.</summary>
public sealed class QoiRangeTests
{
    private static readonly double[] Time = [0.0, 1.0, 2.0, 3.0];

    [Fact]
    public void Evaluate_InsideRange_PassesWithMarginToNearerBound()
    {
        // max 126 mmHg in [90, 129]: 3 mmHg below the upper bound, 36 above the lower; the nearer bound decides.
        var result = new QoiMetric().Evaluate(RangeCheck(QoiKind.Max, 90, 129, "mmHg"), Input(Time, [0, 0, 0, 0], [70, 126, 80, 75]));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(126.0, result.Value);
        Assert.Equal(129.0, result.Limit);
        Assert.Equal(3.0, result.Margin, 1e-12);
        Assert.Contains("inside the range [90 mmHg, 129 mmHg]", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BelowMin_FailsWithNegativeMargin()
    {
        var result = new QoiMetric().Evaluate(RangeCheck(QoiKind.Min, 60, null, "mmHg"), Input(Time, [0, 0, 0, 0], [70, 126, 55, 75]));

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(60.0, result.Limit);
        Assert.Equal(-5.0, result.Margin, 1e-12);
        Assert.Contains("outside the range [60 mmHg, +∞]", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RangeInPercentOfDimensionlessQoi_IsConverted()
    {
        // Ejection fraction (150 − 60)/150 = 0.6 against an upper bound of 40 % (HFrEF): fails by 0.2.
        var check = Check(MetricKind.Qoi, qoi: new QoiSpec(QoiKind.SwingFraction)) with { Range = new QoiRange(null, Q(40, "%")) };

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 0, 0, 0], [150, 100, 60, 150], "mL"));

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(-0.2, result.Margin, 1e-12);
    }

    [Fact]
    public void Evaluate_RangeBoundInIncompatibleUnit_IsError()
    {
        var check = RangeCheck(QoiKind.Max, 1, 2, "s");

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 0, 0, 0], [1, 1, 1, 1]));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("not compatible", result.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Evaluate_Verdict_IsMembershipOfClosedRange(FsCheck.NormalFloat q, FsCheck.NormalFloat a, FsCheck.NormalFloat b)
    {
        var (min, max) = (Math.Min(a.Get, b.Get), Math.Max(a.Get, b.Get));
        var result = new QoiMetric().Evaluate(RangeCheck(QoiKind.Max, min, max, "mmHg"), Input([0.0], [0.0], [q.Get]));
        var inside = q.Get >= min && q.Get <= max;
        return (result.Verdict == Verdict.Pass) == inside && (result.Margin >= 0) == inside;
    }

    private static AcceptanceCheck RangeCheck(QoiKind kind, double? min, double? max, string unit) =>
        Check(MetricKind.Qoi, qoi: new QoiSpec(kind)) with
        {
            Range = new QoiRange(min is { } lo ? Q(lo, unit) : null, max is { } hi ? Q(hi, unit) : null),
        };
}
