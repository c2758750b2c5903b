using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Internal units of the Windkessel family: t in s, P in mmHg, Q in mL/s, R and Zc in mmHg·s/mL, C in mL/mmHg, L in
/// mmHg·s²/mL. The clinical units make every term of the equations O(1–100) and P/R, C·dP/dt and L·dQ/dt consistent.
/// </summary>
internal static class WindkesselUnits
{
    public static readonly Unit Pressure = Unit.Parse("mmHg");
    public static readonly Unit Flow = Unit.Parse("mL/s");
    public static readonly Unit Resistance = Unit.Parse("mmHg*s/mL");
    public static readonly Unit Compliance = Unit.Parse("mL/mmHg");
    public static readonly Unit Inertance = Unit.Parse("mmHg*s^2/mL");
}
