using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// A field value at a point of a structured grid, multilinear between the surrounding cell centres (second-order
/// accurate for smooth fields, the order of the cell-centred stencil itself, so it does not lower an observed order).
/// Beyond the outermost centres the value is extrapolated flat, which is first-order consistent with a no-flux face.
/// </summary>
/// <param name="X">x (mm).</param>
/// <param name="Y">y (mm); ignored on a line.</param>
/// <param name="Z">z (mm); ignored unless the grid is 3-D.</param>
internal readonly record struct CellCentreProbe(double X, double Y, double Z)
{
    /// <summary>The interpolated value of <paramref name="field"/> on <paramref name="grid"/>.</summary>
    public double Sample(ReadOnlySpan<double> field, StructuredGrid grid)
    {
        var (i, fx) = Bracket(X, grid.Dx, grid.Nx);
        var (j, fy) = Bracket(Y, grid.Dy, grid.Ny);
        var (k, fz) = Bracket(Z, grid.Dz, grid.Nz);
        var sum = 0.0;
        for (var c = 0; c < 8; c++)
        {
            var (di, dj, dk) = (c & 1, (c >> 1) & 1, (c >> 2) & 1);
            var weight = (di == 1 ? fx : 1 - fx) * (dj == 1 ? fy : 1 - fy) * (dk == 1 ? fz : 1 - fz);
            if (weight != 0)
            {
                sum += weight * field[grid.Index(Math.Min(i + di, grid.Nx - 1), Math.Min(j + dj, grid.Ny - 1), Math.Min(k + dk, grid.Nz - 1))];
            }
        }

        return sum;
    }

    private static (int Index, double Fraction) Bracket(double x, double h, int n)
    {
        if (n == 1)
        {
            return (0, 0);
        }

        // Cell centres at (i + ½)h; clamp to the outermost pair so the weights stay in [0, 1].
        var s = (x / h) - 0.5;
        var i = Math.Clamp((int)Math.Floor(s), 0, n - 2);
        return (i, Math.Clamp(s - i, 0, 1));
    }
}
