using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Oncology;

/// <summary>The internal units of the pharmacokinetic models: hours, milligrams, litres (the usual clinical PK units).</summary>
internal static class PkUnits
{
    /// <summary>Internal time unit.</summary>
    public static readonly Unit Hour = Unit.Parse("h");

    /// <summary>Drug amount.</summary>
    public static readonly Unit Amount = Unit.Parse("mg");

    /// <summary>Plasma concentration.</summary>
    public static readonly Unit Concentration = Unit.Parse("mg/L");

    /// <summary>Clearance.</summary>
    public static readonly Unit Clearance = Unit.Parse("L/h");

    /// <summary>Volume of distribution.</summary>
    public static readonly Unit Volume = Unit.Parse("L");

    /// <summary>Dose rate of an infusion.</summary>
    public static readonly Unit DoseRate = Unit.Parse("mg/h");

    /// <summary>First-order rate constants.</summary>
    public static readonly Unit PerHour = Unit.Parse("1/h");

    /// <summary>Bioavailability.</summary>
    public static readonly Unit Fraction = Unit.Parse("1");
}
