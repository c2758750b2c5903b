using TwinVal.Numerics;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Logistic tumour growth dV/dt = a·V·(1 − V/K) (Verhulst 1838; Benzekry et al. 2014, PLoS Comput Biol 10:e1003800,
/// doi:10.1371/journal.pcbi.1003800, logistic model). Units: t in days, V and K in mm³, a in 1/day. Closed form
/// V(t) = K·V0 / (V0 + (K − V0)·e^(−a·t)).
/// </summary>
internal readonly struct LogisticGrowthSystem(double rate, double capacity) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = rate * y[0] * (1.0 - (y[0] / capacity));

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
