using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>QoI windows and the beat-wise QoIs mean, peak-to-peak and swing-fraction.</summary>
public sealed class QoiWindowTests
{
    // V(t) = 100 + 40·cos(2π t) mL over two beats every 1 ms, with a first-beat transient of +50 mL that the window
    // must exclude: over the second beat max = 140, min = 60, mean = 100, swing fraction (140 − 60)/140 = 4/7.
    private static readonly Series Time = S("t", "s", Grid(0.0, 0.001, 2001));
    private static readonly Series Volume = S(
        "V_LV", "mL", [.. Time.Values.Select(t => 100 + (40 * Math.Cos(2 * Math.PI * t)) + (t < 1.0 ? 50 * (1 - t) : 0.0))]);

    private static readonly QoiSpec LastBeat = new(QoiKind.Max, WindowStart: Q(1.0, "s"), WindowEnd: Q(2.0, "s"));

    [Fact]
    public void TryExtract_MaxInLastBeatWindow_IgnoresTransient()
    {
        Assert.Equal(140.0, Extract(LastBeat, Volume).Value, 1e-12);
        Assert.Equal(190.0, Extract(LastBeat with { WindowStart = null, WindowEnd = null }, Volume).Value, 1e-12);
    }

    [Fact]
    public void TryExtract_MeanOverLastBeat_IsCosineMean()
    {
        // The trapezoidal rule integrates a full period of a trigonometric polynomial exactly (to rounding).
        Assert.Equal(100.0, Extract(LastBeat with { Kind = QoiKind.Mean }, Volume).Value, 1e-9);
    }

    [Fact]
    public void TryExtract_PeakToPeakAndSwingFraction_AreStrokeVolumeAndEjectionFraction()
    {
        Assert.Equal(80.0, Extract(LastBeat with { Kind = QoiKind.PeakToPeak }, Volume).Value, 1e-12);
        var ef = Extract(LastBeat with { Kind = QoiKind.SwingFraction }, Volume);
        Assert.Equal(4.0 / 7.0, ef.Value, 1e-12);
        Assert.Equal(Unit.Dimensionless, ef.Unit);
    }

    [Fact]
    public void TryExtract_WindowInMilliseconds_IsConverted()
    {
        Assert.Equal(140.0, Extract(LastBeat with { WindowStart = Q(1000, "ms"), WindowEnd = null }, Volume).Value, 1e-12);
    }

    [Fact]
    public void TryExtract_WindowOutsideSeries_IsErrorNamingBothSpans()
    {
        var ok = QoiExtractor.TryExtract(LastBeat with { WindowStart = Q(5, "s"), WindowEnd = Q(6, "s") }, Time, Volume, out _, out var error);

        Assert.False(ok);
        Assert.Contains("holds no sample", error, StringComparison.Ordinal);
        Assert.Contains("[0, 2 s]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_SwingFractionOfNonPositiveSeries_IsError()
    {
        var ok = QoiExtractor.TryExtract(new QoiSpec(QoiKind.SwingFraction), S("t", "s", 0, 1), S("v", "mV", -2, -1), out _, out var error);

        Assert.False(ok);
        Assert.Contains("positive maximum", error, StringComparison.Ordinal);
    }

    [Property]
    public bool SwingFraction_PositiveSeries_LiesInUnitInterval(NonEmptyArray<PositiveInt> values)
    {
        var v = values.Get.Select(x => (double)x.Get).ToArray();
        var time = S("t", "s", [.. Enumerable.Range(0, v.Length).Select(i => (double)i)]);
        var q = Extract(new QoiSpec(QoiKind.SwingFraction), S("v", "mL", v), time).Value;
        return q >= 0 && q < 1;
    }

    [Property]
    public bool Mean_LiesBetweenMinAndMax(NonEmptyArray<NormalFloat> values)
    {
        var v = values.Get.Select(x => x.Get).ToArray();
        var time = S("t", "s", [.. Enumerable.Range(0, v.Length).Select(i => (double)i)]);
        var mean = Extract(new QoiSpec(QoiKind.Mean), S("v", "mL", v), time).Value;
        var scale = 1e-12 * Math.Max(1, v.Max(Math.Abs));
        return mean >= v.Min() - scale && mean <= v.Max() + scale;
    }

    private static Quantity Extract(QoiSpec spec, Series values, Series? time = null)
    {
        Assert.True(QoiExtractor.TryExtract(spec, time ?? Time, values, out var quantity, out var error), error);
        return quantity;
    }
}
