using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Oncology;

/// <summary>The internal units of the tumour-growth models: volumes in mm³, time in days (as in xenograft studies).</summary>
internal static class GrowthUnits
{
    /// <summary>Internal time unit.</summary>
    public static readonly Unit Day = Unit.Parse("day");

    /// <summary>Internal volume unit.</summary>
    public static readonly Unit Volume = Unit.Parse("mm^3");

    /// <summary>Internal rate unit.</summary>
    public static readonly Unit PerDay = Unit.Parse("1/day");
}
