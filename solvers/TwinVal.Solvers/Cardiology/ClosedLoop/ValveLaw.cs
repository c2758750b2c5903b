namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// The non-ideal diode valve of Regazzoni et al. 2022 (J. Comput. Phys. 457:111083, doi:10.1016/j.jcp.2022.111083):
/// Q = (p_up − p_down)/R with R = R_min when the valve is pushed open (p_up &gt; p_down) and R = R_max otherwise. Q is
/// continuous and piecewise linear in the pressure difference (Lipschitz, with a kink at zero), which an adaptive
/// integrator resolves by step-size control without event location; a closed valve leaks (p_up − p_down)/R_max.
/// </summary>
internal static class ValveLaw
{
    /// <summary>Forward flow [mL/s] through a valve between pressures [mmHg] with resistances [mmHg·s/mL].</summary>
    public static double Flow(double upstream, double downstream, double openResistance, double closedResistance)
    {
        var drop = upstream - downstream;
        return drop / (drop > 0 ? openResistance : closedResistance);
    }
}
