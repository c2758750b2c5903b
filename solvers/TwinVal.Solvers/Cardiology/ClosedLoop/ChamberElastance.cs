namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// Time-varying elastance of one heart chamber, p = E(t)·(V − V0) with E(t) = E_B + E_A·φ(t) (Regazzoni et al. 2022,
/// J. Comput. Phys. 457:111083, doi:10.1016/j.jcp.2022.111083, section 2 "circulation model"). The activation φ rises
/// as ½(1 − cos(π·s/T_C)) for the contraction time T_C from t_C and falls as ½(1 + cos(π·s/T_R)) for the relaxation
/// time T_R after it, periodically with the heartbeat period; zero otherwise. φ and dφ/dt are continuous, so E(t) needs
/// no integrator stops. Units: t in s, V in mL, E in mmHg/mL.
/// </summary>
/// <param name="Active">E_A, the active elastance amplitude [mmHg/mL].</param>
/// <param name="Passive">E_B, the passive (diastolic) elastance [mmHg/mL].</param>
/// <param name="RestVolume">V0, the unstressed volume [mL].</param>
/// <param name="ContractionStart">t_C, start of contraction within the beat [s].</param>
/// <param name="ContractionTime">T_C, duration of contraction [s].</param>
/// <param name="RelaxationTime">T_R, duration of relaxation [s].</param>
/// <param name="Period">T_HB, the heartbeat period [s].</param>
internal readonly record struct ChamberElastance(
    double Active, double Passive, double RestVolume, double ContractionStart, double ContractionTime, double RelaxationTime, double Period)
{
    /// <summary>The activation φ(t) ∈ [0, 1].</summary>
    public double Activation(double t)
    {
        var sinceContraction = Phase(t - ContractionStart);
        if (sinceContraction < ContractionTime)
        {
            return 0.5 * (1.0 - Math.Cos(Math.PI * sinceContraction / ContractionTime));
        }

        var sinceRelaxation = Phase(t - ContractionStart - ContractionTime);
        return sinceRelaxation < RelaxationTime ? 0.5 * (1.0 + Math.Cos(Math.PI * sinceRelaxation / RelaxationTime)) : 0.0;
    }

    /// <summary>Chamber pressure [mmHg] at time <paramref name="t"/> [s] and volume <paramref name="volume"/> [mL].</summary>
    public double Pressure(double t, double volume) => (Passive + (Active * Activation(t))) * (volume - RestVolume);

    // Position within the beat in [0, T_HB): the remainder of a floored division, so negative times wrap forward.
    private double Phase(double s) => s - (Period * Math.Floor(s / Period));
}
