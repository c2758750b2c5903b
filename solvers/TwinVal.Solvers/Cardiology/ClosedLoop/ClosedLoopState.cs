using System.Collections.Immutable;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// The twelve states of the closed loop in the order of the state vector, and the nine derived outputs. Names follow
/// Regazzoni et al. 2022 (doi:10.1016/j.jcp.2022.111083): chamber volumes V_X [mL], compartment pressures p_AR/VEN_Y
/// [mmHg], compartment flows Q_AR/VEN_Y [mL/s]; derived chamber pressures p_X [mmHg], valve flows Q_MV, Q_AV, Q_TV,
/// Q_PV [mL/s] and the total blood volume V_total [mL].
/// </summary>
internal static class ClosedLoopState
{
    public const int VLa = 0, VLv = 1, VRa = 2, VRv = 3;
    public const int PArSys = 4, PVenSys = 5, PArPul = 6, PVenPul = 7;
    public const int QArSys = 8, QVenSys = 9, QArPul = 10, QVenPul = 11;
    public const int Count = 12;

    /// <summary>Derived outputs, in the order <see cref="ClosedLoopSystem.Derived"/> writes them.</summary>
    public static readonly ImmutableArray<StateVariable> DerivedOutputs =
    [
        new("p_LA", WindkesselUnits.Pressure), new("p_LV", WindkesselUnits.Pressure),
        new("p_RA", WindkesselUnits.Pressure), new("p_RV", WindkesselUnits.Pressure),
        new("Q_MV", WindkesselUnits.Flow), new("Q_AV", WindkesselUnits.Flow),
        new("Q_TV", WindkesselUnits.Flow), new("Q_PV", WindkesselUnits.Flow),
        new("V_total", Volume),
    ];

    /// <summary>The state variables in state-vector order.</summary>
    public static readonly ImmutableArray<StateVariable> States =
    [
        new("V_LA", Volume), new("V_LV", Volume), new("V_RA", Volume), new("V_RV", Volume),
        new("p_AR_SYS", WindkesselUnits.Pressure), new("p_VEN_SYS", WindkesselUnits.Pressure),
        new("p_AR_PUL", WindkesselUnits.Pressure), new("p_VEN_PUL", WindkesselUnits.Pressure),
        new("Q_AR_SYS", WindkesselUnits.Flow), new("Q_VEN_SYS", WindkesselUnits.Flow),
        new("Q_AR_PUL", WindkesselUnits.Flow), new("Q_VEN_PUL", WindkesselUnits.Flow),
    ];

    private static Harness.Units.Unit Volume => Harness.Units.Unit.Parse("mL");
}
