using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// One-compartment pharmacokinetics with intravenous input, V·dC/dt = R(t) − CL·C (Gibaldi &amp; Perrier,
/// Pharmacokinetics, 2nd ed. 1982, ch. 1–2; Rowland &amp; Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed.
/// 2011, ch. 3 and 10). A bolus D is the initial concentration D/V; infusions are the dose rate R(t). Units: t in h,
/// C in mg/L, R in mg/h, CL in L/h, V in L.
/// </summary>
internal readonly struct PkIntravenousSystem(double clearance, double volume, InputChannel doseRate) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) =>
        dydt[0] = (doseRate.ValueAt(t) - (clearance * y[0])) / volume;

    public void BeginSegment(double segmentStart, double segmentEnd) => doseRate.BeginSegment(segmentStart, segmentEnd);
}
