using TwinVal.Numerics;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Gompertz tumour growth dV/dt = β·V·ln(K/V) (Benzekry et al. 2014, PLoS Comput Biol 10:e1003800,
/// doi:10.1371/journal.pcbi.1003800, eq. 4, written there as dV/dt = α·e^{−βt}·V with V(0) = V_0; along that
/// solution α·e^{−βt} = α − β·ln(V/V_0) = β·ln(K/V) with K = V_0·e^{α/β}, so both forms have the same solutions). Units: t in days, V and K in mm³, β in 1/day. V must stay positive; a non-positive V makes ln
/// undefined, which the integrator reports as a non-finite state.
/// </summary>
internal readonly struct GompertzSystem(double rate, double capacity) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = rate * y[0] * Math.Log(capacity / y[0]);

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
