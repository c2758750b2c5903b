using System.Collections.Immutable;
using System.Globalization;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// Axis-aligned anisotropic diffusion coefficients per cell: the diagonal tensor diag(Dxx, Dyy, Dzz), with the x axis
/// along the fibre direction in cardiac tissue; each component may vary from cell to cell (grey and white matter,
/// scar, tissue boundaries). Values are non-negative and finite; zero means no diffusion along that axis in that cell.
/// </summary>
public sealed class DiffusionCoefficients
{
    private DiffusionCoefficients(StructuredGrid grid, ImmutableArray<double> xx, ImmutableArray<double> yy, ImmutableArray<double> zz)
    {
        Grid = grid;
        Xx = xx;
        Yy = yy;
        Zz = zz;
    }

    /// <summary>The grid the coefficients belong to.</summary>
    public StructuredGrid Grid { get; }

    /// <summary>Dxx per cell, in the grid's layout.</summary>
    public ImmutableArray<double> Xx { get; }

    /// <summary>Dyy per cell, in the grid's layout.</summary>
    public ImmutableArray<double> Yy { get; }

    /// <summary>Dzz per cell, in the grid's layout.</summary>
    public ImmutableArray<double> Zz { get; }

    /// <summary>The same tensor in every cell.</summary>
    /// <param name="grid">Grid.</param>
    /// <param name="xx">Dxx.</param>
    /// <param name="yy">Dyy.</param>
    /// <param name="zz">Dzz.</param>
    /// <returns>The coefficients.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static DiffusionCoefficients Uniform(StructuredGrid grid, double xx, double yy, double zz) =>
        FromFunction(grid, (_, _, _) => (xx, yy, zz));

    /// <summary>The same isotropic coefficient D in every cell.</summary>
    /// <param name="grid">Grid.</param>
    /// <param name="d">D.</param>
    /// <returns>The coefficients.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="d"/> is negative or not finite.</exception>
    public static DiffusionCoefficients Isotropic(StructuredGrid grid, double d) => Uniform(grid, d, d, d);

    /// <summary>Coefficients evaluated at every cell centre.</summary>
    /// <param name="grid">Grid.</param>
    /// <param name="tensor">(Dxx, Dyy, Dzz) at a cell centre (x, y, z).</param>
    /// <returns>The coefficients.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite (the message names cell and axis).</exception>
    public static DiffusionCoefficients FromFunction(
        StructuredGrid grid, Func<double, double, double, (double Xx, double Yy, double Zz)> tensor)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(tensor);
        var n = grid.CellCount;
        var xx = new double[n];
        var yy = new double[n];
        var zz = new double[n];
        for (var index = 0; index < n; index++)
        {
            var (i, j, k) = grid.Cell(index);
            (xx[index], yy[index], zz[index]) = tensor(grid.X(i), grid.Y(j), grid.Z(k));
        }

        return FromArrays(grid, xx, yy, zz);
    }

    /// <summary>Coefficients from per-cell arrays in the grid's layout (copied).</summary>
    /// <param name="grid">Grid.</param>
    /// <param name="xx">Dxx per cell.</param>
    /// <param name="yy">Dyy per cell.</param>
    /// <param name="zz">Dzz per cell.</param>
    /// <returns>The coefficients.</returns>
    /// <exception cref="ArgumentException">An array's length differs from the cell count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite (the message names cell and axis).</exception>
    public static DiffusionCoefficients FromArrays(StructuredGrid grid, ReadOnlySpan<double> xx, ReadOnlySpan<double> yy, ReadOnlySpan<double> zz)
    {
        ArgumentNullException.ThrowIfNull(grid);
        Check(grid, xx, "Dxx", nameof(xx));
        Check(grid, yy, "Dyy", nameof(yy));
        Check(grid, zz, "Dzz", nameof(zz));
        return new DiffusionCoefficients(grid, [.. xx], [.. yy], [.. zz]);
    }

    private static void Check(StructuredGrid grid, ReadOnlySpan<double> values, string component, string parameter)
    {
        if (values.Length != grid.CellCount)
        {
            throw new ArgumentException($"{component} has {values.Length} values, the grid ({grid}) has {grid.CellCount} cells", parameter);
        }

        for (var index = 0; index < values.Length; index++)
        {
            if (!(values[index] >= 0) || !double.IsFinite(values[index]))
            {
                var (i, j, k) = grid.Cell(index);
                throw new ArgumentOutOfRangeException(
                    parameter,
                    values[index],
                    string.Create(CultureInfo.InvariantCulture, $"{component} at cell ({i}, {j}, {k}) is {values[index]}; expected a finite value ≥ 0"));
            }
        }
    }
}
