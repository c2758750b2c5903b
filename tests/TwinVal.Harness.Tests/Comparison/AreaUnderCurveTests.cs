using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class AreaUnderCurveTests
{
    private static readonly Series Hours = S("t", "h", 0.0, 1.0, 2.0, 4.0);

    [Fact]
    public void TryExtract_Auc_PiecewiseLinearSeries_IsExactTrapezoidSum()
    {
        // Trapezoids: (0 + 2)/2·1 + (2 + 4)/2·1 + (4 + 0)/2·2 = 1 + 3 + 4 = 8 mg·h/L.
        var auc = Extract(new QoiSpec(QoiKind.Auc), Hours, S("C", "mg/L", 0.0, 2.0, 4.0, 0.0));

        Assert.Equal(8.0, auc.Value, 12);
        Assert.True(auc.Unit.IsCompatibleWith(Unit.Parse("mg*h/L")));
        Assert.Equal(8.0 * 3600, auc.In(Unit.Parse("mg*s/L")), 9);
    }

    [Fact]
    public void TryExtract_AucWindow_ReadsEdgesByInterpolation()
    {
        // On [0.5, 3] h: C(0.5) = 1, C(3) = 2; (1 + 2)/2·0.5 + 3 + (4 + 2)/2·1 = 0.75 + 3 + 3 = 6.75.
        var spec = new QoiSpec(QoiKind.Auc, WindowStart: Q(0.5, "h"), WindowEnd: Q(180, "min"));
        Assert.Equal(6.75, Extract(spec, Hours, S("C", "mg/L", 0.0, 2.0, 4.0, 0.0)).Value, 12);
    }

    [Fact]
    public void TryExtract_AucWindowBeyondSeries_FailsWithoutExtrapolating()
    {
        var ok = QoiExtractor.TryExtract(new QoiSpec(QoiKind.Auc, WindowEnd: Q(5, "h")), Hours, S("C", "mg/L", 0.0, 2.0, 4.0, 0.0), out _, out var error);

        Assert.False(ok);
        Assert.Contains("not extrapolated", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_AucWindowNotATime_Fails()
    {
        var ok = QoiExtractor.TryExtract(new QoiSpec(QoiKind.Auc, WindowStart: Q(1, "mg")), Hours, S("C", "mg/L", 0.0, 2.0, 4.0, 0.0), out _, out var error);

        Assert.False(ok);
        Assert.Contains("'window start'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_AucOfExponentialDecay_ApproachesClosedFormAtSecondOrder()
    {
        // ∫₀⁴ e^(−t) dt = 1 − e^(−4); the trapezoid error is ≈ Δt²/12·(1 − e^(−4)): 1e-4 relative at Δt = 0.04 h.
        var time = S("t", "h", Grid(0.0, 0.04, 101));
        var auc = Extract(new QoiSpec(QoiKind.Auc), time, S("C", "mg/L", [.. time.Values.Select(t => Math.Exp(-t))])).Value;

        Assert.Equal(1 - Math.Exp(-4), auc, 1.5e-4 * (1 - Math.Exp(-4)));
        Assert.True(auc > 1 - Math.Exp(-4)); // the trapezoid rule overestimates a convex function
    }

    // Additivity: the area over [a, b] plus the area over [b, c] is the area over [a, c].
    [Property]
    public bool TryExtract_AucOfAdjacentWindows_Adds(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var cuts = new[] { a.Get % 400 / 100.0, b.Get % 400 / 100.0, c.Get % 400 / 100.0 }.Order().ToArray();
        if (cuts[0] == cuts[1] || cuts[1] == cuts[2])
        {
            return true;
        }

        var values = S("C", "mg/L", 0.0, 2.0, 4.0, 0.0);
        double Area(double from, double to) => Extract(new QoiSpec(QoiKind.Auc, WindowStart: Q(from, "h"), WindowEnd: Q(to, "h")), Hours, values).Value;
        return Math.Abs(Area(cuts[0], cuts[1]) + Area(cuts[1], cuts[2]) - Area(cuts[0], cuts[2])) <= 1e-12;
    }

    private static Quantity Extract(QoiSpec spec, Series time, Series values)
    {
        Assert.True(QoiExtractor.TryExtract(spec, time, values, out var quantity, out var error), error);
        return quantity;
    }
}
