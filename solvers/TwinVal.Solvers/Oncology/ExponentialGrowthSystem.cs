using TwinVal.Numerics;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Exponential tumour growth dV/dt = a·V (Benzekry et al. 2014, PLoS Comput Biol 10:e1003800,
/// doi:10.1371/journal.pcbi.1003800, section "Tumor growth models", exponential model). Units: t in days, V in mm³,
/// a in 1/day. Closed form V(t) = V0·e^(a·t).
/// </summary>
internal readonly struct ExponentialGrowthSystem(double rate) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = rate * y[0];

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
