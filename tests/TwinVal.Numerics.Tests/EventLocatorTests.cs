using System.Collections.Immutable;
using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

public class EventLocatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Integrate_SineCrossingHalf_FindsAllCrossingsWithTheirDirections()
    {
        // y = sin t crosses 0.5 rising at π/6 and 13π/6, falling at 5π/6 and 17π/6 (sin x = 1/2).
        var events = new EventLocator([new ThresholdEvent(0, 0.5, CrossingDirection.Either), new ThresholdEvent(1, 0.0, CrossingDirection.Falling)]);
        var system = new OscillatorSystem();
        var options = new IntegrationOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

        Rodas4.IntegrateWithJacobian(ref system, 0, [0.0, 1.0], [10.0], new double[2], options, events, Ct);

        var half = events.Crossings.Where(c => c.EventIndex == 0).ToList();
        double[] expected = [Math.PI / 6, 5 * Math.PI / 6, 13 * Math.PI / 6, 17 * Math.PI / 6];
        Assert.Equal(expected.Length, half.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], half[i].Time, 1e-8);
            Assert.Equal(i % 2 == 0, half[i].Rising);
            Assert.Equal(0.5, half[i].State[0], 1e-8);
        }

        // v = cos t falls through 0 at π/2 and 5π/2 only (its rises at 3π/2 are not asked for).
        var falling = events.Crossings.Where(c => c.EventIndex == 1).Select(c => c.Time).ToArray();
        Assert.Equal(2, falling.Length);
        Assert.Equal(Math.PI / 2, falling[0], 1e-8);
        Assert.Equal(5 * Math.PI / 2, falling[1], 1e-8);
        Assert.True(events.Crossings.Zip(events.Crossings.Skip(1), (a, b) => a.Time <= b.Time).All(x => x));
    }

    [Fact]
    public void Integrate_EventTimeOnRefinementLadder_ConvergesAtTheIntegratorsOrder()
    {
        var ladder = new List<(double, double)>();
        foreach (var steps in new[] { 4, 8, 16, 32, 64 })
        {
            var h = 2.0 / steps;

            // π/6 ≈ 0.5236 is never a multiple of these h, so the crossing always lies inside a step.
            var events = new EventLocator([new ThresholdEvent(0, 0.5, CrossingDirection.Rising)]);
            var system = new OscillatorSystem();
            var options = new IntegrationOptions { RelativeTolerance = 1, AbsoluteTolerance = 1, InitialStep = h, MaxStep = h };
            var stats = Rodas4.IntegrateWithJacobian(ref system, 0, [0.0, 1.0], [2.0], new double[2], options, events, Ct);
            Assert.Equal(0, stats.RejectedSteps);
            ladder.Add((h, Math.Abs(events.Crossings.Single().Time - (Math.PI / 6))));
        }

        var order = ObservedOrder.Fit(ladder, 1.0);
        Assert.InRange(order, 3.8, 4.2);
    }

    [Fact]
    public void Integrate_EventOnMissingComponent_IsRejectedUpFront()
    {
        var events = new EventLocator(ImmutableArray.Create(new ThresholdEvent(5, 0.0, CrossingDirection.Rising)));
        var system = new OscillatorSystem();

        var error = Assert.Throws<ArgumentException>(
            () => Rodas4.IntegrateWithJacobian(ref system, 0, [0.0, 1.0], [1.0], new double[2], IntegrationOptions.Default, events, Ct));
        Assert.Contains("component 5", error.Message, StringComparison.Ordinal);
    }
}
