using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

public class DormandPrince54EventTests
{
    private static readonly IntegrationOptions Tight = new() { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // sin t = 1/2 rising at π/6 + 2kπ and falling at 5π/6 + 2kπ; in [0, 20] that is k = 0…3 rising and k = 0…2 falling.
    private static double[] SineRises => [.. Enumerable.Range(0, 4).Select(k => (Math.PI / 6) + (2 * k * Math.PI))];

    private static double[] SineFalls => [.. Enumerable.Range(0, 3).Select(k => (5 * Math.PI / 6) + (2 * k * Math.PI))];

    [Fact]
    public void Integrate_SineCrossingHalf_FindsEveryCrossingWithDirectionAndState()
    {
        var events = new EventLocator([new ThresholdEvent(0, 0.5, CrossingDirection.Either)]);
        var system = new OscillatorSystem();

        DormandPrince54.Integrate(ref system, 0, [0.0, 1.0], [20.0], new double[2], Tight, events, Ct);

        var expected = SineRises.Select(t => (Time: t, Rising: true)).Concat(SineFalls.Select(t => (Time: t, Rising: false))).OrderBy(e => e.Time).ToList();
        Assert.Equal(expected.Count, events.Crossings.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var crossing = events.Crossings[i];
            Assert.Equal(expected[i].Time, crossing.Time, 1e-8);
            Assert.Equal(expected[i].Rising, crossing.Rising);
            Assert.Equal(0.5, crossing.State[0], 1e-8);
            Assert.Equal(Math.Cos(expected[i].Time), crossing.State[1], 1e-8);
        }
    }

    [Fact]
    public void Integrate_DirectionFilters_EachEventReportsOnlyItsDirection()
    {
        var events = new EventLocator([
            new ThresholdEvent(0, 0.5, CrossingDirection.Rising),
            new ThresholdEvent(0, 0.5, CrossingDirection.Falling),
            new ThresholdEvent(0, 0.5, CrossingDirection.Either)]);
        var system = new OscillatorSystem();

        DormandPrince54.Integrate(ref system, 0, [0.0, 1.0], [20.0], new double[2], Tight, events, Ct);

        var rises = events.Crossings.Where(c => c.EventIndex == 0).ToList();
        var falls = events.Crossings.Where(c => c.EventIndex == 1).ToList();
        var either = events.Crossings.Where(c => c.EventIndex == 2).ToList();
        Assert.All(rises, c => Assert.True(c.Rising));
        Assert.All(falls, c => Assert.False(c.Rising));
        Assert.Equal(SineRises, rises.Select(c => c.Time), (a, b) => Math.Abs(a - b) < 1e-8);
        Assert.Equal(SineFalls, falls.Select(c => c.Time), (a, b) => Math.Abs(a - b) < 1e-8);

        // The undirected event finds exactly the union, at the very same times (the same root search on the same step).
        Assert.Equal(rises.Concat(falls).Select(c => c.Time).Order(), either.Select(c => c.Time));
    }

    [Fact]
    public void Integrate_CrossingAtAStopTime_IsReportedOnce()
    {
        // The restart at π/6 makes the crossing fall on a step end; the half-open rule (g < 0 → g ≥ 0) counts it in one step only.
        var events = new EventLocator([new ThresholdEvent(0, 0.5, CrossingDirection.Either)]);
        var system = new OscillatorSystem();
        var options = Tight with { StopTimes = [Math.PI / 6] };

        DormandPrince54.Integrate(ref system, 0, [0.0, 1.0], [2.0], new double[2], options, events, Ct);

        var crossing = Assert.Single(events.Crossings);
        Assert.True(crossing.Rising);
        Assert.Equal(Math.PI / 6, crossing.Time, 1e-8);
    }

    [Fact]
    public void Integrate_WithEvents_StepsAndOutputIdenticalToWithout()
    {
        double[] times = [.. Enumerable.Range(1, 400).Select(i => i * 0.05)];
        var options = new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8, StopTimes = [3.3] };
        var plain = new double[times.Length];
        var watched = new double[times.Length];
        var system = new ExpSinSystem();
        var plainStats = DormandPrince54.Integrate(ref system, 0, [1.0], times, plain, options, Ct);
        var events = new EventLocator([new ThresholdEvent(0, 2.0, CrossingDirection.Either)]);
        system = new ExpSinSystem();

        var watchedStats = DormandPrince54.Integrate(ref system, 0, [1.0], times, watched, options, events, Ct);

        Assert.Equal(plainStats, watchedStats);
        Assert.Equal(plain, watched);
        Assert.NotEmpty(events.Crossings);
    }

    [Fact]
    public void Integrate_EventOnMissingComponent_IsRejectedUpFront()
    {
        var events = new EventLocator([new ThresholdEvent(5, 0.0, CrossingDirection.Rising)]);
        var system = new OscillatorSystem();

        var error = Assert.Throws<ArgumentException>(
            () => DormandPrince54.Integrate(ref system, 0, [0.0, 1.0], [1.0], new double[2], IntegrationOptions.Default, events, Ct));
        Assert.Contains("component 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("0..1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_NullEvents_ThrowsArgumentNull()
    {
        var system = new OscillatorSystem();

        Assert.Throws<ArgumentNullException>(
            () => DormandPrince54.Integrate(ref system, 0, [0.0, 1.0], [1.0], new double[2], IntegrationOptions.Default, null!, Ct));
    }

    [Fact]
    public void Integrate_LongRunWithEvents_AllocatesNothingPerStep()
    {
        // y = e^(0.001·t) crosses 1.0004 once (t ≈ 0.4), in the short run and the long run alike, and never reaches 100.
        // Locator setup, its scratch row and the one crossing cost the same in both runs, so a run with 1000× more
        // scanned steps must allocate the same bytes; the 256-byte slack absorbs runtime noise on this thread.
        var options = new IntegrationOptions { MaxStep = 1e-2, StopTimes = [0.25] };
        long Measure(double end, out long steps)
        {
            var system = new GrowthSystem(1e-3);
            var events = new EventLocator([new ThresholdEvent(0, 1.0004, CrossingDirection.Either), new ThresholdEvent(0, 100, CrossingDirection.Rising)]);
            var output = new double[1];
            var before = GC.GetAllocatedBytesForCurrentThread();
            steps = DormandPrince54.Integrate(ref system, 0, [1.0], [end], output, options, events, Ct).AcceptedSteps;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Single(events.Crossings);
            return allocated;
        }

        Measure(1.0, out _);
        var shortRun = Measure(1.0, out var shortSteps);
        var longRun = Measure(1000.0, out var longSteps);

        Assert.True(longSteps >= 900 * shortSteps, $"{longSteps} vs {shortSteps} steps");
        Assert.True(longRun <= shortRun + 256, $"long run allocated {longRun} bytes, short run {shortRun}");
    }
}
