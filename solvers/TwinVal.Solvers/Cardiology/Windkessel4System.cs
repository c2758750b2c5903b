using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Four-element Windkessel of Stergiopulos, Westerhof &amp; Westerhof 1999 (Am. J. Physiol. 276:H81–H88,
/// doi:10.1152/ajpheart.1999.276.1.H81): the total arterial inertance L in parallel with the characteristic impedance
/// Zc, in series with the peripheral resistance R parallel to the compliance C. State y = (P_c, Q_L): the pressure
/// over R‖C and the flow through L. The inflow splits into Q_L and Q_in − Q_L through Zc, both across the same pressure
/// drop, so L·dQ_L/dt = Zc·(Q_in − Q_L) and C·dP_c/dt = Q_in − P_c/R; the aortic pressure is P_c + Zc·(Q_in − Q_L).
/// Units as in <see cref="WindkesselUnits"/>.
/// </summary>
internal readonly struct Windkessel4System(double resistance, double compliance, double impedance, double inertance, InputChannel inflow)
    : IOdeSystem
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var q = inflow.ValueAt(t);
        dydt[0] = (q - (y[0] / resistance)) / compliance;
        dydt[1] = impedance * (q - y[1]) / inertance;
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => inflow.BeginSegment(segmentStart, segmentEnd);
}
