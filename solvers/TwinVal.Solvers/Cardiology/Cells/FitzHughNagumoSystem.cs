using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// FitzHugh–Nagumo excitable cell (FitzHugh 1961, Biophys. J. 1:445–466, doi:10.1016/S0006-3495(61)86902-6, in the
/// common form with v the fast and w the slow variable): t_s·dv/dt = v − v³/3 − w + I(t), t_s·dw/dt = ε·(v + a − b·w).
/// v, w, I are dimensionless; t in ms; t_s [ms] maps the model's time unit to ms.
/// </summary>
internal readonly struct FitzHughNagumoSystem(double a, double b, double epsilon, double timeScale, InputChannel stimulus) : IOdeSystem
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (v, w) = (y[0], y[1]);
        dydt[0] = (v - (v * v * v / 3.0) - w + stimulus.ValueAt(t)) / timeScale;
        dydt[1] = epsilon * (v + a - (b * w)) / timeScale;
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => stimulus.BeginSegment(segmentStart, segmentEnd);
}
