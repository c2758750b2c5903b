using TwinVal.Numerics;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// One-compartment pharmacokinetics with first-order absorption from a depot (Bateman 1910, Proc Camb Philos Soc
/// 15:423; Rowland &amp; Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 7):
/// dA_depot/dt = −ka·A_depot, V·dC/dt = F·ka·A_depot − CL·C. With A_depot(0) = D and C(0) = 0 the solution is the
/// Bateman function C(t) = F·D·ka/(V·(ka − k))·(e^(−k·t) − e^(−ka·t)), k = CL/V. Units: t in h, A in mg, C in mg/L,
/// ka in 1/h, CL in L/h, V in L, F dimensionless. State vector (A_depot, C).
/// </summary>
internal readonly struct PkOralSystem(double absorptionRate, double clearance, double volume, double bioavailability) : IOdeSystem
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var absorbed = absorptionRate * y[0];
        dydt[0] = -absorbed;
        dydt[1] = ((bioavailability * absorbed) - (clearance * y[1])) / volume;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
