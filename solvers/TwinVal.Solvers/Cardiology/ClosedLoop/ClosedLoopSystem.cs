using TwinVal.Numerics;

namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// The closed-loop 0-D circulation of Regazzoni et al. 2022 (J. Comput. Phys. 457:111083,
/// doi:10.1016/j.jcp.2022.111083, arXiv:2011.15040, section 2, eqs. for the circulation model): four chambers with
/// time-varying elastance, four non-ideal diode valves, and systemic and pulmonary circuits of arterial and venous R–C–L
/// compartments. Volumes change by the flows in minus out; C·dp/dt = flow in − flow out; L·dQ/dt = Δp − R·Q. Every
/// flow leaves one state and enters another, so Σ V_X + Σ C·p is invariant; Runge–Kutta methods keep this linear
/// invariant to rounding. Units: s, mL, mmHg.
/// </summary>
internal readonly struct ClosedLoopSystem(ClosedLoopParameters p) : IOdeSystem
{
    public int Dimension => ClosedLoopState.Count;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Span<double> d = stackalloc double[8];
        Derived(t, y, d);
        var (pLa, pRa) = (d[0], d[2]);
        var (qMv, qAv, qTv, qPv) = (d[4], d[5], d[6], d[7]);
        var (sys, pul) = (p.Systemic, p.Pulmonary);
        dydt[ClosedLoopState.VLa] = y[ClosedLoopState.QVenPul] - qMv;
        dydt[ClosedLoopState.VLv] = qMv - qAv;
        dydt[ClosedLoopState.VRa] = y[ClosedLoopState.QVenSys] - qTv;
        dydt[ClosedLoopState.VRv] = qTv - qPv;
        dydt[ClosedLoopState.PArSys] = (qAv - y[ClosedLoopState.QArSys]) / sys.ArterialCompliance;
        dydt[ClosedLoopState.PVenSys] = (y[ClosedLoopState.QArSys] - y[ClosedLoopState.QVenSys]) / sys.VenousCompliance;
        dydt[ClosedLoopState.PArPul] = (qPv - y[ClosedLoopState.QArPul]) / pul.ArterialCompliance;
        dydt[ClosedLoopState.PVenPul] = (y[ClosedLoopState.QArPul] - y[ClosedLoopState.QVenPul]) / pul.VenousCompliance;
        dydt[ClosedLoopState.QArSys] = (y[ClosedLoopState.PArSys] - y[ClosedLoopState.PVenSys] - (sys.ArterialResistance * y[ClosedLoopState.QArSys])) / sys.ArterialInertance;
        dydt[ClosedLoopState.QVenSys] = (y[ClosedLoopState.PVenSys] - pRa - (sys.VenousResistance * y[ClosedLoopState.QVenSys])) / sys.VenousInertance;
        dydt[ClosedLoopState.QArPul] = (y[ClosedLoopState.PArPul] - y[ClosedLoopState.PVenPul] - (pul.ArterialResistance * y[ClosedLoopState.QArPul])) / pul.ArterialInertance;
        dydt[ClosedLoopState.QVenPul] = (y[ClosedLoopState.PVenPul] - pLa - (pul.VenousResistance * y[ClosedLoopState.QVenPul])) / pul.VenousInertance;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
        // The elastances are C¹ in time and the valves continuous in the state: nothing changes between segments.
    }

    /// <summary>Chamber pressures p_LA, p_LV, p_RA, p_RV and valve flows Q_MV, Q_AV, Q_TV, Q_PV into <paramref name="d"/> (8 values).</summary>
    public void Derived(double t, ReadOnlySpan<double> y, Span<double> d)
    {
        d[0] = p.LeftAtrium.Pressure(t, y[ClosedLoopState.VLa]);
        d[1] = p.LeftVentricle.Pressure(t, y[ClosedLoopState.VLv]);
        d[2] = p.RightAtrium.Pressure(t, y[ClosedLoopState.VRa]);
        d[3] = p.RightVentricle.Pressure(t, y[ClosedLoopState.VRv]);
        d[4] = ValveLaw.Flow(d[0], d[1], p.OpenResistance, p.ClosedResistance);
        d[5] = ValveLaw.Flow(d[1], y[ClosedLoopState.PArSys], p.OpenResistance, p.ClosedResistance);
        d[6] = ValveLaw.Flow(d[2], d[3], p.OpenResistance, p.ClosedResistance);
        d[7] = ValveLaw.Flow(d[3], y[ClosedLoopState.PArPul], p.OpenResistance, p.ClosedResistance);
    }

    /// <summary>Total blood volume [mL]: the chambers plus C·p of the four compartments.</summary>
    public double TotalVolume(ReadOnlySpan<double> y) =>
        y[ClosedLoopState.VLa] + y[ClosedLoopState.VLv] + y[ClosedLoopState.VRa] + y[ClosedLoopState.VRv] +
        (p.Systemic.ArterialCompliance * y[ClosedLoopState.PArSys]) + (p.Systemic.VenousCompliance * y[ClosedLoopState.PVenSys]) +
        (p.Pulmonary.ArterialCompliance * y[ClosedLoopState.PArPul]) + (p.Pulmonary.VenousCompliance * y[ClosedLoopState.PVenPul]);
}
