using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Hodgkin–Huxley 1952 membrane under current clamp (Hodgkin &amp; Huxley 1952, J. Physiol. 117:500,
/// doi:10.1113/jphysiol.1952.sp004764, eq. 26 with eqs. 7, 14, 15), modern −65 mV convention:
/// C_m·dV/dt = I_stim − g_Na·m³h·(V − E_Na) − g_K·n⁴·(V − E_K) − g_L·(V − E_L), dx/dt = α_x(V)·(1 − x) − β_x(V)·x
/// for x ∈ {m, h, n} (rates in <see cref="HodgkinHuxleyRates"/>). State (V, m, h, n); t in ms, V in mV, conductances
/// in mS/cm², C_m in µF/cm², I_stim in µA/cm²: mS/cm²·mV = µA/cm² and (µA/cm²)/(µF/cm²) = mV/ms.
/// </summary>
internal readonly struct HodgkinHuxleySystem(HodgkinHuxleyParameters p, InputChannel stimulus) : IOdeSystem
{
    public int Dimension => 4;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var v = y[0];
        var m = y[1];
        var h = y[2];
        var n = y[3];
        var n2 = n * n;
        var sodium = p.SodiumConductance * m * m * m * h * (v - p.SodiumReversal);
        var potassium = p.PotassiumConductance * n2 * n2 * (v - p.PotassiumReversal);
        var leak = p.LeakConductance * (v - p.LeakReversal);
        dydt[0] = (stimulus.ValueAt(t) - sodium - potassium - leak) / p.Capacitance;
        dydt[1] = (HodgkinHuxleyRates.AlphaM(v) * (1.0 - m)) - (HodgkinHuxleyRates.BetaM(v) * m);
        dydt[2] = (HodgkinHuxleyRates.AlphaH(v) * (1.0 - h)) - (HodgkinHuxleyRates.BetaH(v) * h);
        dydt[3] = (HodgkinHuxleyRates.AlphaN(v) * (1.0 - n)) - (HodgkinHuxleyRates.BetaN(v) * n);
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
