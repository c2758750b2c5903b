using System.Globalization;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// A cell-centred structured grid of <c>Nx × Ny × Nz</c> equal boxes covering [0, Nx·Dx] × [0, Ny·Dy] × [0, Nz·Dz];
/// unknowns live at cell centres ((i + ½)Dx, (j + ½)Dy, (k + ½)Dz). A 1-D grid has Ny = Nz = 1, a 2-D grid Nz = 1.
/// </summary>
/// <remarks>
/// <para>
/// Cell-centred rather than vertex-centred: every cell is a control volume of the same size, so the conservative flux
/// form telescopes and a no-flux boundary is simply a face with zero flux — the discrete integral Σ u·ΔV is conserved
/// exactly, with no half-volume boundary cells to weight.
/// </para>
/// <para>
/// Layout: row-major, x fastest — cell (i, j, k) is at <c>i + Nx·(j + Ny·k)</c>. The 7-point stencil then reads the x
/// neighbours as the same row shifted by one element (contiguous, vectorisable with <see cref="System.Numerics.Vector{T}"/>),
/// and the y and z neighbours as whole rows Nx and Nx·Ny elements away, which are again contiguous; a z-slab or a row
/// is one contiguous block, so work split over rows touches disjoint memory.
/// </para>
/// </remarks>
public sealed record StructuredGrid
{
    /// <summary>Creates a grid after checking that every count is positive and every spacing positive and finite.</summary>
    /// <param name="nx">Cells along x.</param>
    /// <param name="ny">Cells along y (1 for a 1-D grid).</param>
    /// <param name="nz">Cells along z (1 for a 1-D or 2-D grid).</param>
    /// <param name="dx">Cell width along x.</param>
    /// <param name="dy">Cell width along y (ignored physically when <paramref name="ny"/> is 1, but must be positive).</param>
    /// <param name="dz">Cell width along z (ignored physically when <paramref name="nz"/> is 1, but must be positive).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1, a spacing is not positive and finite, or the grid has more than <see cref="int.MaxValue"/> cells.</exception>
    public StructuredGrid(int nx, int ny, int nz, double dx, double dy, double dz)
    {
        CheckCount(nx, nameof(nx));
        CheckCount(ny, nameof(ny));
        CheckCount(nz, nameof(nz));
        CheckSpacing(dx, nameof(dx));
        CheckSpacing(dy, nameof(dy));
        CheckSpacing(dz, nameof(dz));
        if ((long)nx * ny * nz > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(nx), $"grid {nx}×{ny}×{nz} has more than {int.MaxValue} cells");
        }

        (Nx, Ny, Nz, Dx, Dy, Dz) = (nx, ny, nz, dx, dy, dz);
    }

    /// <summary>A 1-D grid of <paramref name="nx"/> cells of width <paramref name="dx"/>.</summary>
    /// <param name="nx">Cells.</param>
    /// <param name="dx">Cell width.</param>
    /// <returns>The grid.</returns>
    public static StructuredGrid Line(int nx, double dx) => new(nx, 1, 1, dx, dx, dx);

    /// <summary>A 2-D grid.</summary>
    /// <param name="nx">Cells along x.</param>
    /// <param name="ny">Cells along y.</param>
    /// <param name="dx">Cell width along x.</param>
    /// <param name="dy">Cell width along y.</param>
    /// <returns>The grid.</returns>
    public static StructuredGrid Plane(int nx, int ny, double dx, double dy) => new(nx, ny, 1, dx, dy, dx);

    /// <summary>Cells along x.</summary>
    public int Nx { get; }

    /// <summary>Cells along y.</summary>
    public int Ny { get; }

    /// <summary>Cells along z.</summary>
    public int Nz { get; }

    /// <summary>Cell width along x.</summary>
    public double Dx { get; }

    /// <summary>Cell width along y.</summary>
    public double Dy { get; }

    /// <summary>Cell width along z.</summary>
    public double Dz { get; }

    /// <summary>Total number of cells.</summary>
    public int CellCount => Nx * Ny * Nz;

    /// <summary>Number of x-rows (Ny·Nz); rows are the unit of parallel work.</summary>
    public int RowCount => Ny * Nz;

    /// <summary>Volume (length, area) of one cell in the grid's dimension: Dx, Dx·Dy or Dx·Dy·Dz.</summary>
    public double CellVolume => Dx * (Ny > 1 || Nz > 1 ? Dy : 1.0) * (Nz > 1 ? Dz : 1.0);

    /// <summary>Linear index of cell (i, j, k).</summary>
    /// <param name="i">x index.</param>
    /// <param name="j">y index.</param>
    /// <param name="k">z index.</param>
    /// <returns><c>i + Nx·(j + Ny·k)</c>.</returns>
    public int Index(int i, int j, int k) => i + (Nx * (j + (Ny * k)));

    /// <summary>x coordinate of the centre of column <paramref name="i"/>.</summary>
    /// <param name="i">x index.</param>
    /// <returns>(i + ½)·Dx.</returns>
    public double X(int i) => (i + 0.5) * Dx;

    /// <summary>y coordinate of the centre of row <paramref name="j"/>.</summary>
    /// <param name="j">y index.</param>
    /// <returns>(j + ½)·Dy.</returns>
    public double Y(int j) => (j + 0.5) * Dy;

    /// <summary>z coordinate of the centre of layer <paramref name="k"/>.</summary>
    /// <param name="k">z index.</param>
    /// <returns>(k + ½)·Dz.</returns>
    public double Z(int k) => (k + 0.5) * Dz;

    /// <summary>The cell of a linear index.</summary>
    /// <param name="index">Linear index.</param>
    /// <returns>(i, j, k).</returns>
    public (int I, int J, int K) Cell(int index) => (index % Nx, index / Nx % Ny, index / (Nx * Ny));

    /// <summary>For diagnostics, e.g. <c>64×64×1 cells, spacing 0.015625×0.015625×0.015625</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Nx}×{Ny}×{Nz} cells, spacing {Dx:G6}×{Dy:G6}×{Dz:G6}");

    private static void CheckCount(int n, string name)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(name, n, $"{name} must be at least 1");
        }
    }

    private static void CheckSpacing(double h, string name)
    {
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(name, h, $"{name} must be positive and finite");
        }
    }
}
