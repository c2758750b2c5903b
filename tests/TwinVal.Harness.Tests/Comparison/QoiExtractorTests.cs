using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class QoiExtractorTests
{
    // v(t) = sin(2π·2 Hz·t) on [0, 2] s every 1 ms. Crossings of 0.5: 4πt = π/6 + 2πk (rising) → t = 1/24 + k/2,
    // and 4πt = 5π/6 + 2πk (falling) → t = 5/24 + k/2.
    private static readonly Series SineTime = S("t", "s", Grid(0.0, 0.001, 2001));
    private static readonly Series Sine = S("v", "mV", [.. SineTime.Values.Select(t => Math.Sin(2 * Math.PI * 2.0 * t))]);

    // Linear interpolation locates a crossing within (h²/8·max|v''|)/|v'| = (1e-6/8·(4π)²)/(4π·cos(π/6)) ≈ 1.8e-6 s.
    private const double CrossingTolerance = 2e-6;

    // P(t) = 100·exp(−t/1.5) mmHg on [0, 2] s every 10 ms (the Windkessel decay with R·C = 1.5 s).
    private static readonly Series DecayTime = S("t", "s", Grid(0.0, 0.01, 201));
    private static readonly Series Decay = S("P", "mmHg", [.. DecayTime.Values.Select(t => 100 * Math.Exp(-t / 1.5))]);

    [Fact]
    public void TryExtract_SineFirstRisingCrossing_IsOneTwentyFourthSecond()
    {
        var q = Extract(new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(0.5, "mV")), SineTime, Sine);

        Assert.Equal(1.0 / 24, q.Value, CrossingTolerance);
        Assert.Equal(SiUnits.Second, q.Unit);
    }

    [Fact]
    public void TryExtract_SineFirstFallingCrossing_IsFiveTwentyFourths()
    {
        var q = Extract(new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(0.5, "mV"), Direction: CrossingDirection.Falling), SineTime, Sine);

        Assert.Equal(5.0 / 24, q.Value, CrossingTolerance);
    }

    [Fact]
    public void TryExtract_ThresholdInOtherUnit_IsConverted()
    {
        // 500 µV = 0.5 mV: the same crossing as above.
        var q = Extract(new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(500, "µV")), SineTime, Sine);

        Assert.Equal(1.0 / 24, q.Value, CrossingTolerance);
    }

    [Fact]
    public void TryExtract_SinePeriod_IsHalfSecond()
    {
        // Rising crossings at 1/24, 13/24, 25/24, 37/24 s; the grid repeats every 500 samples, so the interpolation error
        // is the same at each crossing and cancels in the spacing.
        var q = Extract(new QoiSpec(QoiKind.Period, Threshold: Q(0.5, "mV")), SineTime, Sine);

        Assert.Equal(0.5, q.Value, 1e-9);
        Assert.Equal(SiUnits.Second, q.Unit);
    }

    [Fact]
    public void TryExtract_SineFrequency_IsTwoHertzInReciprocalTimeUnit()
    {
        var q = Extract(new QoiSpec(QoiKind.Frequency, Threshold: Q(0.5, "mV")), SineTime, Sine);

        Assert.Equal(2.0, q.Value, 1e-8);
        Assert.Equal(SiUnits.Hertz, q.Unit);
    }

    [Fact]
    public void TryExtract_FrequencyOnMillisecondAxis_IsPerMillisecond()
    {
        var time = S("t", "ms", [.. SineTime.Values.Select(t => t * 1000)]);

        var q = Extract(new QoiSpec(QoiKind.Frequency, Threshold: Q(0.5, "mV")), time, Sine);

        // 2 Hz = 0.002 per ms.
        Assert.Equal(0.002, q.Value, 1e-11);
        Assert.Equal("1/ms", q.Unit.Symbol);
        Assert.Equal(2.0, q.In(SiUnits.Hertz), 1e-8);
    }

    [Fact]
    public void TryExtract_PeriodEitherDirection_IsMeanSpacingOfAllCrossings()
    {
        // Crossings of 0.5 in [0, 2] s, either way: 1, 5, 13, 17, 25, 29, 37, 41 (in 24ths of a second).
        // Mean spacing (41 − 1)/24/7 = 5/21 s, not the 0.5 s period: the documented meaning of Either.
        var q = Extract(new QoiSpec(QoiKind.Period, Threshold: Q(0.5, "mV"), Direction: CrossingDirection.Either), SineTime, Sine);

        Assert.Equal(5.0 / 21, q.Value, CrossingTolerance);
    }

    [Fact]
    public void TryExtract_TouchFromBelow_CountsOneRisingAndNoFallingCrossing()
    {
        // 0 → 1 → 0 touches the level 1 at t = 1 s: rising (below to at-or-above) once, never strictly above, so no fall.
        var time = S("t", "s", 0.0, 1.0, 2.0);
        var values = S("v", "mV", 0.0, 1.0, 0.0);

        Assert.Equal(1.0, Extract(new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(1, "mV")), time, values).Value);
        Assert.False(QoiExtractor.TryExtract(
            new QoiSpec(QoiKind.FirstCrossing, Threshold: Q(1, "mV"), Direction: CrossingDirection.Falling), time, values, out _, out _));
    }

    [Fact]
    public void TryExtract_PeriodWithOneCrossing_FailsCountingCrossings()
    {
        // On [0, 0.4] s the sine rises through 0.5 only once (t = 1/24).
        var ok = QoiExtractor.TryExtract(
            new QoiSpec(QoiKind.Period, Threshold: Q(0.5, "mV")), Take(SineTime, 401), Take(Sine, 401), out _, out var error);

        Assert.False(ok);
        Assert.Contains("needs 2 rising crossing(s)", error, StringComparison.Ordinal);
        Assert.Contains("found 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_NoThreshold_Fails()
    {
        var ok = QoiExtractor.TryExtract(new QoiSpec(QoiKind.FirstCrossing), SineTime, Sine, out _, out var error);

        Assert.False(ok);
        Assert.Contains("threshold", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_DecayValueBetweenSamples_IsInterpolated()
    {
        // Exact 100·exp(−0.755/1.5) = 60.451225672080234 mmHg; linear interpolation over h = 0.01 s errs by at most
        // h²/8·max|P''| = 1e-4/8·100/2.25 = 5.6e-4 mmHg.
        var q = Extract(new QoiSpec(QoiKind.ValueAtTime, At: Q(0.755, "s")), DecayTime, Decay);

        Assert.Equal(60.451225672080234, q.Value, 5.6e-4);
        Assert.Equal("mmHg", q.Unit.Symbol);
    }

    [Fact]
    public void TryExtract_DecayValueAtSampleGivenInMilliseconds_IsTheSample()
    {
        // 1000 ms = 1 s, a sample time: 100·exp(−1/1.5) = 51.3417119032592 mmHg.
        var q = Extract(new QoiSpec(QoiKind.ValueAtTime, At: Q(1000, "ms")), DecayTime, Decay);

        Assert.Equal(51.3417119032592, q.Value, 1e-12);
    }

    [Fact]
    public void TryExtract_ValueAfterSeriesEnd_FailsWithoutExtrapolating()
    {
        var ok = QoiExtractor.TryExtract(new QoiSpec(QoiKind.ValueAtTime, At: Q(2.5, "s")), DecayTime, Decay, out _, out var error);

        Assert.False(ok);
        Assert.Contains("outside the series' time range [0, 2 s]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryExtract_ExtremaAndFinalValue_ReadTheSamples()
    {
        var time = S("t", "s", 0.0, 1.0, 2.0, 3.0);
        var values = S("P", "mmHg", 5.0, 9.0, 9.0, -2.0);

        Assert.Equal(9.0, Extract(new QoiSpec(QoiKind.Max), time, values).Value);
        Assert.Equal(-2.0, Extract(new QoiSpec(QoiKind.Min), time, values).Value);
        Assert.Equal(1.0, Extract(new QoiSpec(QoiKind.TimeOfMax), time, values).Value); // Ties: the first time, 1 s.
        Assert.Equal(3.0, Extract(new QoiSpec(QoiKind.TimeOfMin), time, values).Value);
        Assert.Equal(-2.0, Extract(new QoiSpec(QoiKind.FinalValue), time, values).Value);
    }

    [Fact]
    public void TryExtract_NaNInSeries_FailsNamingTime()
    {
        var ok = QoiExtractor.TryExtract(
            new QoiSpec(QoiKind.Max), S("t", "s", 0.0, 1.0), S("P", "mmHg", 1.0, double.NaN), out _, out var error);

        Assert.False(ok);
        Assert.Contains("NaN in 'P' at t = 1 s", error, StringComparison.Ordinal);
    }

    private static Quantity Extract(QoiSpec spec, Series time, Series values)
    {
        Assert.True(QoiExtractor.TryExtract(spec, time, values, out var quantity, out var error), error);
        return quantity;
    }

    private static Series Take(Series series, int count) => series with { Values = [.. series.Values.Take(count)] };
}
