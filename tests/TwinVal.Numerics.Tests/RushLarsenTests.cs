using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

public class RushLarsenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Integrate_NonAutonomousGatedLadder_ObservedOrderIsOne()
    {
        var ladder = new List<(double, double)>();
        var system = new GatedSineSystem(0.5);
        foreach (var steps in new[] { 20, 40, 80, 160, 320 })
        {
            var output = new double[2];
            var stats = RushLarsen.Integrate(ref system, 0, [0.0, 0.0], [2.0], output, new IntegrationOptions { FixedStep = 2.0 / steps }, Ct);
            Assert.Equal(steps, stats.AcceptedSteps);
            ladder.Add((2.0 / steps, Math.Max(Math.Abs(output[0] - Math.Sin(2.0)), Math.Abs(output[1] - system.ExactGate(2.0)))));
        }

        Assert.InRange(ObservedOrder.Fit(ladder, 1.0), 0.8, 1.2);
    }

    [Fact]
    public void Integrate_GateWithFrozenDrive_IsExactInOneStep()
    {
        // One step: the gate sees m∞ = V frozen at its step-start value V0 = 0.3, so its update is the exact exponential
        // m(h) = V0 + (m0 − V0)·e^{−h/τ} with h/τ = 2.5; V takes a forward Euler step V0 + h·cos 0.
        var system = new GatedSineSystem(0.1);
        var output = new double[2];
        RushLarsen.Integrate(ref system, 0, [0.3, 1.0], [0.25], output, new IntegrationOptions { FixedStep = 0.25 }, Ct);

        Assert.Equal(0.3 + (0.7 * Math.Exp(-2.5)), output[1], 15);
        Assert.Equal(0.3 + 0.25, output[0], 15);
    }

    [Fact]
    public void Integrate_FastGateWithLargeStep_StaysBoundedWhereEulerWouldExplode()
    {
        // τ = 1e-6 and h = 0.01: forward Euler's factor 1 − h/τ = −9999 would blow up; the exponential update cannot
        // leave the interval between m and m∞.
        var system = new GatedSineSystem(1e-6);
        var output = new double[2];
        RushLarsen.Integrate(ref system, 0, [0.0, 0.0], [2.0], output, new IntegrationOptions { FixedStep = 0.01 }, Ct);

        Assert.InRange(output[1], -1.0, 1.0);
        Assert.Equal(Math.Sin(2.0), output[1], 2e-2);
    }

    [Fact]
    public void Integrate_NonPositiveTimeConstant_StopsNamingTheGate()
    {
        var system = new GatedSineSystem(-1);
        var error = Assert.Throws<IntegrationException>(
            () => RushLarsen.Integrate(ref system, 0, [0.0, 0.0], [1.0], new double[2], new IntegrationOptions { FixedStep = 0.1 }, Ct));

        Assert.Contains("gate 1", error.Message, StringComparison.Ordinal);
    }
}
