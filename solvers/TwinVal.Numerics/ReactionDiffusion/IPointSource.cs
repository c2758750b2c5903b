namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// A prescribed source term added to the rate of the diffusing variable (variable 0) at a point, such as the forcing of
/// a manufactured solution or an applied stimulus current. Taken as a struct type parameter like
/// <see cref="IPointReaction"/>; must be pure and thread-safe.
/// </summary>
public interface IPointSource
{
    /// <summary>The source at cell centre (<paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>) and time <paramref name="t"/>.</summary>
    /// <param name="x">x coordinate.</param>
    /// <param name="y">y coordinate.</param>
    /// <param name="z">z coordinate.</param>
    /// <param name="t">Time.</param>
    /// <returns>The source value, in units of variable 0 per unit time.</returns>
    double Source(double x, double y, double z, double t);
}
