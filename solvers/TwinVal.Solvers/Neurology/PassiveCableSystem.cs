using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Method-of-lines form of the passive cable τ·∂V/∂t = λ²·∂²V/∂x² − V (Rall 1969, doi:10.1016/S0006-3495(69)86467-2;
/// Koch 1999, Biophysics of Computation, ch. 2) on a finite cable [0, L] split into n equal cells (finite volumes,
/// one unknown per cell centre). V is the deviation from rest in mV, t in ms, x in mm. The end x = 0 carries the
/// injected current: −(1/r_a)·∂V/∂x = I_inj, so ∂V/∂x(0) = −r_a·I_inj (r_a in MΩ/mm, I in nA, MΩ·nA = mV); the end
/// x = L is sealed (∂V/∂x = 0). Face fluxes are central differences, so cell-centre values are second-order in dx.
/// </summary>
internal readonly struct PassiveCableSystem(int cells, double dx, double lambda, double tau, double axialResistance, InputChannel current) : IOdeSystem
{
    public int Dimension => cells;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        // Cell balance τ·dV_i/dt = (λ²/dx)·(gradient in at the left face + gradient out at the right face) − V_i; the
        // face at x = 0 carries the prescribed gradient r_a·I (inward), the face at x = L none.
        var coupling = lambda * lambda / dx;
        var inflow = axialResistance * current.ValueAt(t);
        for (var i = 0; i < cells; i++)
        {
            var left = i == 0 ? inflow : (y[i - 1] - y[i]) / dx;
            var right = i == cells - 1 ? 0.0 : (y[i + 1] - y[i]) / dx;
            dydt[i] = ((coupling * (left + right)) - y[i]) / tau;
        }
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => current.BeginSegment(segmentStart, segmentEnd);
}
