using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Aliev–Panfilov cardiac cell (Aliev &amp; Panfilov 1996, Chaos Solitons Fractals 7:293–301,
/// doi:10.1016/0960-0779(95)00089-5, eqs. 1–2 without diffusion): t_s·du/dt = −k·u·(u − a)·(u − 1) − u·v + I(t),
/// t_s·dv/dt = ε(u, v)·(−v − k·u·(u − a − 1)), ε(u, v) = ε0 + μ1·v/(u + μ2). u (normalised potential), v (recovery) and
/// I are dimensionless; t in ms; the paper maps one model time unit to 12.9 ms (t_s) and u to E = 100·u − 80 mV.
/// </summary>
internal readonly struct AlievPanfilovSystem(AlievPanfilovParameters p, InputChannel stimulus) : IOdeSystem
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (u, v) = (y[0], y[1]);
        var epsilon = p.Epsilon0 + (p.Mu1 * v / (u + p.Mu2));
        dydt[0] = ((-p.K * u * (u - p.A) * (u - 1.0)) - (u * v) + stimulus.ValueAt(t)) / p.TimeScale;
        dydt[1] = epsilon * (-v - (p.K * u * (u - p.A - 1.0))) / p.TimeScale;
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
