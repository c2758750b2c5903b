using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Units of the phenomenological cell models: states are pure numbers (normalised potential and recovery variable);
/// time is in ms. FitzHugh–Nagumo and Aliev–Panfilov are written in their own dimensionless time τ = t/t_scale, with
/// the scale t_scale [ms] a parameter, so that every case states how model time maps to milliseconds.
/// </summary>
internal static class CellUnits
{
    public static readonly Unit Time = Unit.Parse("ms");
    public static readonly Unit Rate = Unit.Parse("1/ms");
}
