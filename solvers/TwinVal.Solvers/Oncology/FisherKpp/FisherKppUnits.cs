using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>Internal units of the proliferation–invasion models: lengths in mm, time in days (as in glioma modelling).</summary>
internal static class FisherKppUnits
{
    /// <summary>Length.</summary>
    public static readonly Unit Millimetre = Unit.Parse("mm");

    /// <summary>Diffusion coefficient.</summary>
    public static readonly Unit Diffusivity = Unit.Parse("mm^2/day");

    /// <summary>Front speed.</summary>
    public static readonly Unit Speed = Unit.Parse("mm/day");

    /// <summary>Dimensionless (densities as fractions of the carrying capacity, the dimension).</summary>
    public static readonly Unit One = Unit.Parse("1");
}
