using TwinVal.Solvers.Neurology;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Tests.Neurology;

public class HodgkinHuxleySystemTests
{
    private static readonly HodgkinHuxleyParameters Standard = new(1, 120, 36, 0.3, 50, -77, -54.387);

    private static double[] Derivative(double[] y, InputChannel stimulus, HodgkinHuxleyParameters? parameters = null)
    {
        var system = new HodgkinHuxleySystem(parameters ?? Standard, stimulus);
        var dydt = new double[4];
        system.Evaluate(0.5, y, dydt);
        return dydt;
    }

    [Fact]
    public void Evaluate_ReferenceState_MatchesHandComputedDerivative()
    {
        // V = −52.5 mV, m = 0.2, h = 0.4, n = 0.45, I = 7.5 µA/cm²; expected values by Python decimal (40 digits):
        // dV/dt = 7.5 − 120·0.008·0.4·(−102.5) − 36·0.45⁴·24.5 − 0.3·1.887 = 10.1263875 mV/ms (exact in decimal).
        var dydt = Derivative([-52.5, 0.2, 0.4, 0.45], NeuroRequests.Constant("I_stim", 7.5, "µA/cm^2"));

        Assert.Equal(10.1263875, dydt[0], 1e-12);
        Assert.Equal(0.0020696876135919434, dydt[1], 1e-15);
        Assert.Equal(-0.036737899214878198, dydt[2], 1e-15);
        Assert.Equal(0.014047985721539711, dydt[3], 1e-15);
    }

    [Fact]
    public void Evaluate_CapacitanceDoubled_HalvesDvDtOnly()
    {
        var y = new[] { -52.5, 0.2, 0.4, 0.45 };
        var stimulus = NeuroRequests.Constant("I_stim", 7.5, "µA/cm^2");
        var single = Derivative(y, stimulus);
        var doubled = Derivative(y, stimulus, Standard with { Capacitance = 2 });

        Assert.Equal(single[0] / 2, doubled[0], 1e-14);
        Assert.Equal(single[1..], doubled[1..]);
    }

    [Fact]
    public void Evaluate_RestingStateOfTheCase_DerivativeVanishes()
    {
        // The root computed by reference-cases/neurology/hh-resting-state/generate_reference.py (bisection, Python).
        var dydt = Derivative([-64.99637933119206, 0.052955086813008125, 0.5959941247398638, 0.31773239976086576], InputChannel.Zero);

        Assert.All(dydt, d => Assert.True(Math.Abs(d) < 1e-13, $"derivative {d:R} at rest"));
    }

    [Theory]
    [InlineData(-1e6)]
    [InlineData(1e6)]
    public void Evaluate_AbsurdTrialVoltage_DoesNotThrow(double v)
    {
        var dydt = Derivative([v, 0.5, 0.5, 0.5], InputChannel.Zero);

        // Whatever comes out, finite or not, the integrator's error test decides; nothing may throw.
        Assert.Equal(4, dydt.Length);
        Assert.True(double.IsNaN(dydt[1]) || double.IsInfinity(dydt[1]) || double.IsFinite(dydt[1]));
    }
}
