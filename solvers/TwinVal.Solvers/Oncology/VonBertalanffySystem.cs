using TwinVal.Numerics;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Von Bertalanffy tumour growth dV/dt = a·V^(2/3) − b·V (von Bertalanffy 1957, Q Rev Biol 32:217,
/// doi:10.1086/401873; Benzekry et al. 2014, PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800,
/// Bertalanffy model): growth through the tumour's surface, loss in proportion to its volume. Units: t in days, V in
/// mm³, a in mm/day (mm³/day per mm² of V^(2/3)), b in 1/day. Closed form with u = V^(1/3):
/// u(t) = a/b + (u0 − a/b)·e^(−b·t/3).
/// </summary>
internal readonly struct VonBertalanffySystem(double surfaceRate, double lossRate) : IOdeSystem
{
    public int Dimension => 1;

    // V^(2/3) as cbrt(V)²: exact for V > 0 and still finite for a negative trial-stage value, so a too-large trial step
    // is rejected by the error control instead of producing NaN from Math.Pow of a negative base.
    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var cubeRoot = Math.Cbrt(y[0]);
        dydt[0] = (surfaceRate * cubeRoot * cubeRoot) - (lossRate * y[0]);
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
