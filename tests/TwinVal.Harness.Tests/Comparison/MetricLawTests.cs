using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>Laws every metric must obey, checked on generated series.</summary>
public sealed class MetricLawTests
{
    private static readonly IMetric[] Norms = [new MaxAbsMetric(), new RmseMetric(), new RelL2Metric(), new RelLinfMetric()];

    [Property(Arbitrary = [typeof(SeriesArbitraries)])]
    public bool Metrics_IdenticalSeries_PassWithZeroError(SeriesPair pair)
    {
        var input = Input(pair.Time, pair.Reference, pair.Reference);
        var results = Norms.Select(m => m.Evaluate(Check(m.Kind, limit: Q(1e-12, m.Kind is MetricKind.MaxAbs or MetricKind.Rmse ? "mmHg" : "1")), input))
            .Append(new PointwiseMetric().Evaluate(Check(MetricKind.Pointwise, atol: Q(1e-12, "mmHg")), input))
            .Append(new QoiMetric().Evaluate(Check(MetricKind.Qoi, atol: Q(1e-12, "mmHg"), qoi: new QoiSpec(QoiKind.Max)), input));

        return results.All(r => r.Verdict == Verdict.Pass && r.Value == 0.0);
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)])]
    public bool AbsoluteNorms_ScaledSeries_ScaleByFactor(SeriesPair pair, Scale scale)
    {
        var k = scale.Value;
        var input = Input(pair.Time, pair.Reference, pair.Solution);
        var scaled = Input(pair.Time, [.. pair.Reference.Select(v => k * v)], [.. pair.Solution.Select(v => k * v)]);

        // Both sides are rounded once per product, so the scaled error can differ by a few ulps of the values
        // (≤ 1e4 here) relative to differences ≥ 1/8: 1e-9 relative covers that with room to spare.
        return new IMetric[] { new MaxAbsMetric(), new RmseMetric() }.All(m =>
        {
            var check = Check(m.Kind, limit: Q(1, "mmHg"));
            return Close(m.Evaluate(check, scaled).Value, k * m.Evaluate(check, input).Value, 1e-9);
        });
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)])]
    public bool RelativeNorms_ScaledSeries_AreUnchanged(SeriesPair pair, Scale scale)
    {
        var k = scale.Value;
        var input = Input(pair.Time, pair.Reference, pair.Solution);
        var scaled = Input(pair.Time, [.. pair.Reference.Select(v => k * v)], [.. pair.Solution.Select(v => k * v)]);

        return new IMetric[] { new RelL2Metric(), new RelLinfMetric() }.All(m =>
        {
            var check = Check(m.Kind, limit: Q(1, "1"));
            return Close(m.Evaluate(check, scaled).Value, m.Evaluate(check, input).Value, 1e-9);
        });
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)])]
    public bool Rmse_AnySeries_IsAtMostMaxAbs(SeriesPair pair)
    {
        var input = Input(pair.Time, pair.Reference, pair.Solution);
        var rmse = new RmseMetric().Evaluate(Check(MetricKind.Rmse, limit: Q(1, "mmHg")), input).Value;
        var maxAbs = new MaxAbsMetric().Evaluate(Check(MetricKind.MaxAbs, limit: Q(1, "mmHg")), input).Value;

        return rmse <= maxAbs;
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)])]
    public Property Pointwise_LooserTolerances_NeverTurnPassIntoFail(SeriesPair pair, Tolerance first, Tolerance extra)
    {
        var input = Input(pair.Time, pair.Reference, pair.Solution);
        var metric = new PointwiseMetric();
        var tight = metric.Evaluate(Check(MetricKind.Pointwise, atol: Q(first.Atol, "mmHg"), rtol: first.Rtol), input);
        var loose = metric.Evaluate(
            Check(MetricKind.Pointwise, atol: Q(first.Atol + extra.Atol, "mmHg"), rtol: first.Rtol + extra.Rtol), input);

        // Classified so a run that never reaches a passing tight check would show up in the output as vacuous.
        return (tight.Verdict != Verdict.Pass || loose.Verdict == Verdict.Pass)
            .Classify(tight.Verdict == Verdict.Pass, "tight passes")
            .Label($"tight {tight.Value}, loose {loose.Value}");
    }

    private static bool Close(double actual, double expected, double relative) =>
        Math.Abs(actual - expected) <= relative * Math.Max(Math.Abs(expected), double.Epsilon);
}
