using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Two-element Windkessel C·dP/dt = Q_in(t) − P/R (Frank 1899; Westerhof, Lankhaar &amp; Westerhof 2009,
/// Med. Biol. Eng. Comput. 47:131–141, doi:10.1007/s11517-008-0359-2). Units: t in s, P in mmHg, Q in mL/s,
/// R in mmHg·s/mL, C in mL/mmHg, so that P/R is in mL/s and (mL/s)/(mL/mmHg) is mmHg/s.
/// </summary>
internal readonly struct WindkesselSystem(double resistance, double compliance, InputChannel inflow) : IOdeSystem
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) =>
        dydt[0] = (inflow.ValueAt(t) - (y[0] / resistance)) / compliance;

    public void BeginSegment(double segmentStart, double segmentEnd) => inflow.BeginSegment(segmentStart, segmentEnd);
}
