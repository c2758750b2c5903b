using TwinVal.Solvers.Neurology;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Tests.Neurology;

public class JansenRitSystemTests
{
    private static readonly JansenRitParameters Standard = new(3.25, 22, 100, 50, 135, 2.5, 6, 0.56);

    private static double[] Derivative(double[] y, InputChannel input)
    {
        var system = new JansenRitSystem(Standard, input);
        var dydt = new double[6];
        system.Evaluate(0.5, y, dydt);
        return dydt;
    }

    [Fact]
    public void Evaluate_ReferenceState_MatchesHandComputedDerivative()
    {
        // y = (0.1, 20, 15 mV, −2, 30, −40 mV/s), p = 220 /s; expected by Python decimal (40 digits) from Jansen & Rit
        // 1995 eqs. 5–7 with C1…C4 = 135·(1, 0.8, 0.25, 0.25).
        var dydt = Derivative([0.1, 20, 15, -2, 30, -40], NeuroRequests.Constant("p", 220, "1/s"));

        Assert.Equal([-2.0, 30.0, -40.0], dydt[..3]);
        Assert.Equal(-9.2353779575453072, dydt[3], 1e-11);
        Assert.Equal(38407.157437830578, dydt[4], 1e-9);
        Assert.Equal(1201.2227178186059, dydt[5], 1e-10);
    }

    [Fact]
    public void Evaluate_AtRestWithoutInput_OnlyTheSigmoidsBaselineDrives()
    {
        // With y = 0 every sigmoid is S(0) = 5/(1 + e^(3.36)), so y0″ = 325·S(0), y1″ = 325·108·S(0), y2″ = 37125·S(0).
        var s0 = 5.0 / (1.0 + Math.Exp(0.56 * 6));
        var dydt = Derivative(new double[6], InputChannel.Zero);

        Assert.Equal(325 * s0, dydt[3], 1e-12);
        Assert.Equal(325 * 108 * s0, dydt[4], 1e-10);
        Assert.Equal(1100 * 33.75 * s0, dydt[5], 1e-10);
    }

    [Theory]
    [InlineData(-1e6)]
    [InlineData(1e6)]
    public void Evaluate_AbsurdPotentials_SigmoidSaturatesWithoutThrowing(double v)
    {
        var dydt = Derivative([v, v, -v, 0, 0, 0], InputChannel.Zero);

        Assert.All(dydt, d => Assert.True(double.IsFinite(d), $"derivative {d} at {v} mV"));
    }
}
