using TwinVal.Solvers.Cardiology.TenTusscher;
using static TwinVal.Solvers.Tests.Cardiology.TenTusscher.TenTusscherRequests;

namespace TwinVal.Solvers.Tests.Cardiology.TenTusscher;

public class TenTusscherKineticsTests
{
    private static double[] State(double v)
    {
        var y = Initial.Select(q => q.Quantity.Value).ToArray();
        y[TenTusscherState.V] = v;
        return y;
    }

    private static double Rate(double v)
    {
        var rate = new double[TenTusscherState.Count];
        TenTusscherKinetics.Evaluate(State(v), TenTusscherExtracellular.Standard, 0, rate, new double[19], new double[19]);
        return rate[TenTusscherState.V];
    }

    [Fact]
    public void Evaluate_AcrossCalciumCurrentSingularityAt15mV_IsContinuous()
    {
        // The GHK factor x/(eˣ − 1) has a removable singularity at V = 15 mV; the rate must be smooth through it.
        var left = Rate(15 - 1e-7);
        var centre = Rate(15);
        var right = Rate(15 + 1e-7);

        Assert.Equal(centre, (left + right) / 2, 1e-8);
    }

    [Fact]
    public void Evaluate_GatesSteadyStatesAreFractionsAndTimeConstantsPositive()
    {
        for (var v = -100.0; v <= 60; v += 0.5)
        {
            var steady = new double[19];
            var tau = new double[19];
            TenTusscherKinetics.Evaluate(State(v), TenTusscherExtracellular.Standard, 0, new double[19], steady, tau);
            for (var i = TenTusscherState.RBar; i < TenTusscherState.Count; i++)
            {
                Assert.InRange(steady[i], 0, 1);
                Assert.True(tau[i] > 0 && double.IsFinite(tau[i]), $"τ of {TenTusscherState.Names[i]} at {v} mV is {tau[i]}");
            }
        }
    }

    [Fact]
    public void Evaluate_AtRest_ReversalOfPotassiumBelowRestingPotential()
    {
        // E_K = RT/F·ln(5.4/136.89) = −86.4 mV; at −85.23 mV the net current is small (|dV/dt| < 0.1 mV/ms).
        Assert.InRange(Rate(-85.23), -0.1, 0.1);
    }
}
