namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// Conditions on the six faces of the grid's box. Faces across an axis with a single cell (y and z in 1-D, z in 2-D)
/// must be no-flux, so that a lower-dimensional problem is exactly the higher-dimensional one with uniform extra axes.
/// </summary>
/// <param name="XLow">Face x = 0.</param>
/// <param name="XHigh">Face x = Nx·Dx.</param>
/// <param name="YLow">Face y = 0.</param>
/// <param name="YHigh">Face y = Ny·Dy.</param>
/// <param name="ZLow">Face z = 0.</param>
/// <param name="ZHigh">Face z = Nz·Dz.</param>
public sealed record GridBoundaries(
    FaceBoundary XLow, FaceBoundary XHigh, FaceBoundary YLow, FaceBoundary YHigh, FaceBoundary ZLow, FaceBoundary ZHigh)
{
    /// <summary>Zero flux on every face.</summary>
    public static GridBoundaries NoFlux { get; } = new(
        FaceBoundary.NoFlux, FaceBoundary.NoFlux, FaceBoundary.NoFlux, FaceBoundary.NoFlux, FaceBoundary.NoFlux, FaceBoundary.NoFlux);

    /// <summary>Prescribed values at both ends of the x axis, no flux elsewhere (the 1-D Dirichlet problem).</summary>
    /// <param name="low">Value at x = 0.</param>
    /// <param name="high">Value at x = Nx·Dx.</param>
    /// <returns>The conditions.</returns>
    public static GridBoundaries DirichletX(double low, double high) =>
        NoFlux with { XLow = FaceBoundary.Fixed(low), XHigh = FaceBoundary.Fixed(high) };
}
