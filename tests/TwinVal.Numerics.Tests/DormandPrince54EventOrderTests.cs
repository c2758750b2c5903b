using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

/// <summary>
/// Accuracy of DP5 event times against closed-form crossing times. Theory: an order-p method with a continuous extension
/// of order q has dense-output (hence event-time) error O(h^min(p, q+1)) (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.6, doi:10.1007/978-3-540-78862-1): the global error at the step start is O(h^p) and the extension adds
/// a local O(h^(q+1)) that is not propagated. For DP5, p = 5 and q = 4 (Shampine), so the event time converges at order 5.
/// </summary>
public class DormandPrince54EventOrderTests
{
    // asin(ln 2): where e^(sin t) first reaches 2; π − asin(ln 2) is where it comes back down.
    private static readonly double ExpSinRise = Math.Asin(Math.Log(2));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Integrates with fixed steps h = tCross/(k + θ) (tolerances of 1 with h as initial and largest step accept every
    /// step at h on these smooth problems), so the crossing always sits at the same θ inside step k. A fixed θ keeps the
    /// interpolation error's constant the same on every level, so the ladder measures the order alone.
    /// </summary>
    private static List<(double H, double Error)> Ladder<TSystem>(
        TSystem prototype, double[] y0, ThresholdEvent watched, double exactTime, double theta, int[] wholeSteps)
        where TSystem : IOdeSystem
    {
        var ladder = new List<(double, double)>();
        foreach (var k in wholeSteps)
        {
            var h = exactTime / (k + theta);
            var system = prototype;
            var events = new EventLocator([watched]);
            var options = new IntegrationOptions { RelativeTolerance = 1, AbsoluteTolerance = 1, InitialStep = h, MaxStep = h };
            var stats = DormandPrince54.Integrate(ref system, 0, y0, [(k + 3) * h], new double[y0.Length], options, events, Ct);
            Assert.Equal(0, stats.RejectedSteps);
            Assert.Equal(k + 3, stats.AcceptedSteps);
            ladder.Add((h, Math.Abs(events.Crossings.Single().Time - exactTime)));
        }

        return ladder;
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void Integrate_SineEventOnFixedStepLadder_ConvergesAtOrderFive(double theta)
    {
        // y = sin t rises through 0.5 at π/6 (sin π/6 = 1/2 exactly).
        var ladder = Ladder(new OscillatorSystem(), [0.0, 1.0], new ThresholdEvent(0, 0.5, CrossingDirection.Rising), Math.PI / 6, theta, [4, 8, 16, 32, 64]);

        var order = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(order is >= 4.8 and <= 5.2, $"observed order {order:F3}, ladder {string.Join(", ", ladder)}");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void Integrate_NonAutonomousEventOnFixedStepLadder_ConvergesAtOrderFive(double theta)
    {
        // y′ = cos t·y, y(0) = 1 has y = e^(sin t), which rises through 2 at asin(ln 2).
        var ladder = Ladder(new ExpSinSystem(), [1.0], new ThresholdEvent(0, 2.0, CrossingDirection.Rising), ExpSinRise, theta, [4, 8, 16, 32, 64]);

        var order = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(order is >= 4.8 and <= 5.2, $"observed order {order:F3}, ladder {string.Join(", ", ladder)}");
    }

    [Fact]
    public void Integrate_TighterTolerance_EventTimeErrorFollowsTheTolerance()
    {
        // Rising at asin(ln 2) + 2kπ and falling at π − asin(ln 2) + 2kπ: six crossings in [0, 19] (the next, 6π + asin(ln 2) ≈ 19.6, lies beyond).
        double[] exact = [.. Enumerable.Range(0, 3).SelectMany(k => new[] { ExpSinRise + (2 * k * Math.PI), Math.PI - ExpSinRise + (2 * k * Math.PI) })];
        var previous = double.PositiveInfinity;
        foreach (var tolerance in new[] { 1e-4, 1e-6, 1e-8, 1e-10 })
        {
            var system = new ExpSinSystem();
            var events = new EventLocator([new ThresholdEvent(0, 2.0, CrossingDirection.Either)]);
            var options = new IntegrationOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance };
            DormandPrince54.Integrate(ref system, 0, [1.0], [19.0], new double[1], options, events, Ct);

            Assert.Equal(exact.Length, events.Crossings.Count);
            var error = exact.Zip(events.Crossings, (e, c) => Math.Abs(c.Time - e)).Max();

            // The event time error is the state error over the slope |y′| = |cos t|·2 ≈ 1.4 at the crossings, so it
            // stays within the same factor 20·e of the tolerance that bounds the state error on this problem.
            Assert.True(error <= 20 * Math.E * tolerance, $"event time error {error:E3} exceeds 20·e·tol at tol {tolerance:E0}");
            Assert.True(error <= previous / 10, $"event time error {error:E3} at tol {tolerance:E0} did not drop 10× from {previous:E3}");
            previous = error;
        }
    }
}
