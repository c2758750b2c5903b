using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class QoiMetricTests
{
    private static readonly double[] Time = [0.0, 1.0, 2.0, 3.0];

    [Fact]
    public void Evaluate_ExpectedFromReference_ComparesSameExtraction()
    {
        // Time of max: reference peaks at t = 1 s, solution at t = 2 s → |2 − 1| = 1 s > atol 0.5 s.
        var check = Check(MetricKind.Qoi, atol: Q(0.5, "s"), qoi: new QoiSpec(QoiKind.TimeOfMax));

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 10, 5, 0], [0, 5, 10, 0]));

        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal("qoi:time-of-max", result.Metric);
        Assert.Equal(1.0, result.Value);
        Assert.Equal(0.5, result.Limit);
        Assert.Equal("s", result.Unit);
        Assert.Contains("from the reference series", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DeclaredExpected_IsUsedInsteadOfReference()
    {
        // Max of the solution 10.2 mmHg; declared expected 10 mmHg; bound 0.1 + 0.01·10 = 0.2 → |0.2| ≤ 0.2 passes.
        var check = Check(MetricKind.Qoi, atol: Q(0.1, "mmHg"), rtol: 0.01, qoi: new QoiSpec(QoiKind.Max), expected: Q(10, "mmHg"));

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 99, 0, 0], [0, 10.2, 0, 0]));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.2, result.Value, 1e-12);
        Assert.Equal(0.2, result.Limit, 1e-15);
        Assert.Contains("(declared)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExpectedInIncompatibleUnit_IsError()
    {
        var check = Check(MetricKind.Qoi, atol: Q(0.1, "mmHg"), qoi: new QoiSpec(QoiKind.Max), expected: Q(10, "s"));

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 1, 0, 0], [0, 1, 0, 0]));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("'s'", result.Message, StringComparison.Ordinal);
        Assert.Contains("'mmHg'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoCrossingInSolution_IsErrorSayingWhichSide()
    {
        var check = Check(MetricKind.Qoi, atol: Q(0.1, "s"), qoi: new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(5, "mmHg")));

        var result = new QoiMetric().Evaluate(check, Input(Time, [0, 10, 0, 0], [0, 1, 0, 0]));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.StartsWith("solution: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoRule_IsError()
    {
        var result = new QoiMetric().Evaluate(Check(MetricKind.Qoi, atol: Q(1, "mmHg")), Input(Time, [0, 1, 0, 0], [0, 1, 0, 0]));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("no 'qoi'", result.Message, StringComparison.Ordinal);
    }
}
