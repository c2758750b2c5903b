using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Mitchell–Schaeffer two-current cardiac cell (Mitchell &amp; Schaeffer 2003, Bull. Math. Biol. 65:767–793,
/// doi:10.1016/S0092-8240(03)00041-7, eqs. 2–4): dv/dt = h·v²·(1 − v)/τ_in − v/τ_out + J_stim(t);
/// dh/dt = (1 − h)/τ_open for v &lt; v_gate, −h/τ_close otherwise. v (normalised potential) and h (gate) are
/// dimensionless; t and the τ in ms; J_stim in 1/ms. The gate's right-hand side jumps where v crosses v_gate, a switch
/// in the state: the adaptive integrator resolves it by step rejection, and the cases' tolerances allow for that.
/// </summary>
internal readonly struct MitchellSchaefferSystem(MitchellSchaefferParameters p, InputChannel stimulus) : IOdeSystem
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (v, h) = (y[0], y[1]);
        dydt[0] = (h * v * v * (1.0 - v) / p.TauIn) - (v / p.TauOut) + stimulus.ValueAt(t);
        dydt[1] = v < p.GateVoltage ? (1.0 - h) / p.TauOpen : -h / p.TauClose;
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
