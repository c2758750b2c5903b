using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.ClosedLoop;

/// <summary>Requests for the closed-loop circulation with the Regazzoni et al. 2022 parameter set (as in the bundled cases).</summary>
internal static class ClosedLoopRequests
{
    public static readonly string[] States =
    [
        "V_LA", "V_LV", "V_RA", "V_RV", "p_AR_SYS", "p_VEN_SYS", "p_AR_PUL", "p_VEN_PUL", "Q_AR_SYS", "Q_VEN_SYS", "Q_AR_PUL", "Q_VEN_PUL",
    ];

    public static ImmutableArray<NamedQuantity> Parameters(double activeLv = 2.75) =>
    [
        .. Chamber("LA", 0.07, 0.09, 4.0, 0.8, 0.17, 0.17),
        .. Chamber("LV", activeLv, 0.08, 5.0, 0.0, 0.34, 0.17),
        .. Chamber("RA", 0.06, 0.07, 4.0, 0.8, 0.17, 0.17),
        .. Chamber("RV", 0.55, 0.05, 10.0, 0.0, 0.34, 0.17),
        Q("R_min", 0.0075, "mmHg*s/mL"), Q("R_max", 75006.2, "mmHg*s/mL"), Q("T_HB", 1.0, "s"),
        .. Circuit("SYS", 0.8, 1.2, 5e-3, 0.26, 60.0, 5e-4),
        .. Circuit("PUL", 0.1625, 10.0, 5e-4, 0.1625, 16.0, 5e-4),
    ];

    /// <summary>The initial state of Regazzoni et al.'s open-source companion (not periodic: a transient to test conservation on).</summary>
    public static ImmutableArray<NamedQuantity> Initial() =>
    [
        Q("V_LA", 65, "mL"), Q("V_LV", 120, "mL"), Q("V_RA", 65, "mL"), Q("V_RV", 145, "mL"),
        Q("p_AR_SYS", 80, "mmHg"), Q("p_VEN_SYS", 30, "mmHg"), Q("p_AR_PUL", 35, "mmHg"), Q("p_VEN_PUL", 24, "mmHg"),
        Q("Q_AR_SYS", 0, "mL/s"), Q("Q_VEN_SYS", 0, "mL/s"), Q("Q_AR_PUL", 0, "mL/s"), Q("Q_VEN_PUL", 0, "mL/s"),
    ];

    public static SolveRequest Build(
        IEnumerable<NamedQuantity> parameters, IEnumerable<(string Name, string Unit)> outputs, double end = 2.0, double rtol = 1e-8)
    {
        var initial = Initial();
        var request = Requests.Build("closed-loop-circulation", parameters, initial[0], "s", Grid(end, (int)(end * 500)), numerics: new NumericsSettings(rtol, rtol));
        return request with
        {
            InitialState = initial,
            Outputs = request.Outputs with { Variables = [.. outputs.Select(o => new OutputVariable(o.Name, Unit.Parse(o.Unit)))] },
        };
    }

    private static IEnumerable<NamedQuantity> Chamber(string x, double active, double passive, double rest, double start, double contraction, double relaxation) =>
    [
        Q($"E_A_{x}", active, "mmHg/mL"), Q($"E_B_{x}", passive, "mmHg/mL"), Q($"V0_{x}", rest, "mL"),
        Q($"t_C_{x}", start, "s"), Q($"T_C_{x}", contraction, "s"), Q($"T_R_{x}", relaxation, "s"),
    ];

    private static IEnumerable<NamedQuantity> Circuit(string y, double rAr, double cAr, double lAr, double rVen, double cVen, double lVen) =>
    [
        Q($"R_AR_{y}", rAr, "mmHg*s/mL"), Q($"C_AR_{y}", cAr, "mL/mmHg"), Q($"L_AR_{y}", lAr, "mmHg*s^2/mL"),
        Q($"R_VEN_{y}", rVen, "mmHg*s/mL"), Q($"C_VEN_{y}", cVen, "mL/mmHg"), Q($"L_VEN_{y}", lVen, "mmHg*s^2/mL"),
    ];
}
