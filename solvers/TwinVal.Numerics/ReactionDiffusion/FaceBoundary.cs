namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>The condition on one face of the grid's box.</summary>
/// <param name="Kind">No flux or Dirichlet.</param>
/// <param name="Value">The prescribed value on the face for <see cref="BoundaryKind.Dirichlet"/>; ignored otherwise.</param>
public readonly record struct FaceBoundary(BoundaryKind Kind, double Value)
{
    /// <summary>Zero flux.</summary>
    public static FaceBoundary NoFlux => new(BoundaryKind.NoFlux, 0.0);

    /// <summary>A prescribed value on the face.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static FaceBoundary Fixed(double value) => new(BoundaryKind.Dirichlet, value);
}
