namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// A term evaluated cell by cell from the cell's own value, added to the diffusion operator's output by
/// <see cref="DiffusionOperator.ApplyFused{TPointwise}"/>: typically the reaction f(u) of a method-of-lines system
/// u′ = L u + f(u).
/// </summary>
/// <remarks>
/// Passed as a struct type parameter (<c>where TPointwise : struct, IPointwiseTerm</c>), so <see cref="Evaluate"/> is a
/// direct, inlinable call per cell and nothing is boxed on the serial path. Implementations must be pure and
/// thread-safe: on the parallel path one copy is evaluated concurrently for different cells, each cell exactly once,
/// in no specified order.
/// </remarks>
public interface IPointwiseTerm
{
    /// <summary>The term at one cell; must not allocate.</summary>
    /// <param name="cell">Linear cell index (x fastest, as <see cref="StructuredGrid.Cell(int)"/>).</param>
    /// <param name="u">The field's value in that cell.</param>
    /// <returns>The value added to (L u)[cell] + sourceScale·s[cell], in the field's units per unit time.</returns>
    double Evaluate(int cell, double u);
}
