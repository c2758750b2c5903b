using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// Parameters of the closed-loop circulation in internal units (s, mL, mmHg), read from a request. Names follow
/// Regazzoni et al. 2022 (doi:10.1016/j.jcp.2022.111083): per chamber X ∈ {LA, LV, RA, RV} E_A_X, E_B_X [mmHg/mL], V0_X,
/// [mL], t_C_X, T_C_X, T_R_X [s]; valves R_min, R_max [mmHg·s/mL] (shared by the four valves, as in the paper); per
/// circuit Y ∈ {SYS, PUL} R_AR_Y, R_VEN_Y [mmHg·s/mL], C_AR_Y, C_VEN_Y [mL/mmHg], L_AR_Y, L_VEN_Y [mmHg·s²/mL]; and the
/// heartbeat period T_HB [s].
/// </summary>
/// <param name="LeftAtrium">LA elastance.</param>
/// <param name="LeftVentricle">LV elastance.</param>
/// <param name="RightAtrium">RA elastance.</param>
/// <param name="RightVentricle">RV elastance.</param>
/// <param name="OpenResistance">R_min.</param>
/// <param name="ClosedResistance">R_max.</param>
/// <param name="Systemic">Systemic circuit.</param>
/// <param name="Pulmonary">Pulmonary circuit.</param>
internal sealed record ClosedLoopParameters(
    ChamberElastance LeftAtrium,
    ChamberElastance LeftVentricle,
    ChamberElastance RightAtrium,
    ChamberElastance RightVentricle,
    double OpenResistance,
    double ClosedResistance,
    VascularCircuit Systemic,
    VascularCircuit Pulmonary)
{
    private static readonly Unit Elastance = Unit.Parse("mmHg/mL");
    private static readonly Unit Volume = Unit.Parse("mL");

    /// <summary>Reads every parameter; each must be positive except the contraction starts t_C (finite).</summary>
    /// <exception cref="SolverException">A parameter is missing, in an incompatible unit, or out of range.</exception>
    public static ClosedLoopParameters From(SolveRequest request)
    {
        var period = RequestReader.Parameter(request, "T_HB", SiUnits.Second);
        var openResistance = RequestReader.Parameter(request, "R_min", WindkesselUnits.Resistance);
        var closedResistance = RequestReader.Parameter(request, "R_max", WindkesselUnits.Resistance);
        if (!(closedResistance > openResistance))
        {
            throw new SolverException($"case '{request.CaseId}': R_max ({closedResistance:R} mmHg*s/mL) must exceed R_min ({openResistance:R} mmHg*s/mL) for the valves to close");
        }

        return new ClosedLoopParameters(
            Chamber(request, "LA", period),
            Chamber(request, "LV", period),
            Chamber(request, "RA", period),
            Chamber(request, "RV", period),
            openResistance,
            closedResistance,
            Circuit(request, "SYS"),
            Circuit(request, "PUL"));
    }

    private static ChamberElastance Chamber(SolveRequest request, string chamber, double period)
    {
        var contraction = RequestReader.Parameter(request, $"T_C_{chamber}", SiUnits.Second);
        var relaxation = RequestReader.Parameter(request, $"T_R_{chamber}", SiUnits.Second);
        if (contraction + relaxation > period)
        {
            throw new SolverException(
                $"case '{request.CaseId}': T_C_{chamber} + T_R_{chamber} = {contraction + relaxation:R} s exceeds the heartbeat period T_HB = {period:R} s; " +
                "a chamber must relax before it contracts again");
        }

        return new ChamberElastance(
            RequestReader.Parameter(request, $"E_A_{chamber}", Elastance),
            RequestReader.Parameter(request, $"E_B_{chamber}", Elastance),
            RequestReader.Parameter(request, $"V0_{chamber}", Volume, positive: false),
            RequestReader.Parameter(request, $"t_C_{chamber}", SiUnits.Second, positive: false),
            contraction,
            relaxation,
            period);
    }

    private static VascularCircuit Circuit(SolveRequest request, string circuit) => new(
        RequestReader.Parameter(request, $"R_AR_{circuit}", WindkesselUnits.Resistance),
        RequestReader.Parameter(request, $"C_AR_{circuit}", WindkesselUnits.Compliance),
        RequestReader.Parameter(request, $"L_AR_{circuit}", WindkesselUnits.Inertance),
        RequestReader.Parameter(request, $"R_VEN_{circuit}", WindkesselUnits.Resistance),
        RequestReader.Parameter(request, $"C_VEN_{circuit}", WindkesselUnits.Compliance),
        RequestReader.Parameter(request, $"L_VEN_{circuit}", WindkesselUnits.Inertance));
}
