namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The vertex-centred (node) finite-difference operator Lu ≈ ∇·(D∇u) for a uniform axis-aligned tensor
/// diag(Dxx, Dyy, Dzz) on an Nx × Ny × Nz lattice of nodes at (i·hx, j·hy, k·hz), with no-flux boundaries by mirror
/// ghost nodes (u₋₁ = u₁): the standard second-order 7-point stencil of cardiac benchmark codes, whose nodes include the
/// domain's corners (the Niederer et al. 2011 slab measures activation at its corners, doi:10.1098/rsta.2011.0139).
/// Layout x fastest, as in <see cref="StructuredGrid"/>; an axis with one node contributes nothing (1-D cable, 2-D sheet).
/// </summary>
/// <remarks>
/// Complements the cell-centred <see cref="DiffusionOperator"/> (conservative, variable D) for the uniform-tissue case
/// where node-centred sampling matters. Mirror nodes make the boundary rows 2D(u₁ − u₀)/h², second-order for the
/// Neumann problem (Morton &amp; Mayers 2005, §2.13; doi:10.1017/CBO9780511812248).
/// </remarks>
public sealed class VertexLaplacian
{
    private readonly double cx;
    private readonly double cy;
    private readonly double cz;

    /// <summary>Creates the operator.</summary>
    /// <param name="nx">Nodes along x (≥ 1).</param>
    /// <param name="ny">Nodes along y (≥ 1).</param>
    /// <param name="nz">Nodes along z (≥ 1).</param>
    /// <param name="spacing">Node spacing (hx, hy, hz), each positive and finite.</param>
    /// <param name="diffusivity">(Dxx, Dyy, Dzz), each finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1, a bad spacing or a bad diffusivity.</exception>
    public VertexLaplacian(int nx, int ny, int nz, (double X, double Y, double Z) spacing, (double X, double Y, double Z) diffusivity)
    {
        if (nx < 1 || ny < 1 || nz < 1 || (long)nx * ny * nz > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(nx), $"node counts must be at least 1 and their product fit an int; were {nx}×{ny}×{nz}");
        }

        foreach (var (h, d) in new[] { (spacing.X, diffusivity.X), (spacing.Y, diffusivity.Y), (spacing.Z, diffusivity.Z) })
        {
            if (!(h > 0) || !double.IsFinite(h) || !(d >= 0) || !double.IsFinite(d))
            {
                throw new ArgumentOutOfRangeException(nameof(spacing), $"spacing {h} must be positive and finite, diffusivity {d} finite and ≥ 0");
            }
        }

        (Nx, Ny, Nz) = (nx, ny, nz);
        cx = nx > 1 ? diffusivity.X / (spacing.X * spacing.X) : 0;
        cy = ny > 1 ? diffusivity.Y / (spacing.Y * spacing.Y) : 0;
        cz = nz > 1 ? diffusivity.Z / (spacing.Z * spacing.Z) : 0;

        // Forward Euler on u' = Lu is stable when dt·2·Σ D/h² ≤ 1 (Gershgorin: every row has diagonal −2Σ D/h²).
        var sum = 2 * (cx + cy + cz);
        StableTimeStep = sum > 0 ? 1 / sum : double.PositiveInfinity;
    }

    /// <summary>Nodes along x.</summary>
    public int Nx { get; }

    /// <summary>Nodes along y.</summary>
    public int Ny { get; }

    /// <summary>Nodes along z.</summary>
    public int Nz { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Nx * Ny * Nz;

    /// <summary>Number of x-rows (Ny·Nz), the unit of parallel work.</summary>
    public int RowCount => Ny * Nz;

    /// <summary>Largest stable forward-Euler diffusion step, 1/(2·Σ D/h²).</summary>
    public double StableTimeStep { get; }

    /// <summary>Writes (Lu) of rows [<paramref name="firstRow"/>, <paramref name="endRow"/>) into <paramref name="result"/>; allocation-free.</summary>
    /// <param name="u">Field, one value per node.</param>
    /// <param name="result">Destination, one value per node (only the given rows are written).</param>
    /// <param name="firstRow">First x-row.</param>
    /// <param name="endRow">One past the last x-row.</param>
    public void ApplyRows(ReadOnlySpan<double> u, Span<double> result, int firstRow, int endRow)
    {
        var plane = Nx * Ny;
        for (var row = firstRow; row < endRow; row++)
        {
            var j = row % Ny;
            var k = row / Ny;
            var start = row * Nx;
            var south = j > 0 ? -Nx : Nx;        // mirror: the ghost beyond the face is the first interior node
            var north = j < Ny - 1 ? Nx : -Nx;
            var down = k > 0 ? -plane : plane;
            var up = k < Nz - 1 ? plane : -plane;
            for (var i = 0; i < Nx; i++)
            {
                var c = start + i;
                var centre = u[c];
                var sum = 0.0;
                if (Nx > 1)
                {
                    var west = i > 0 ? u[c - 1] : u[c + 1];
                    var east = i < Nx - 1 ? u[c + 1] : u[c - 1];
                    sum += cx * (west + east - (2 * centre));
                }

                if (Ny > 1)
                {
                    sum += cy * (u[c + south] + u[c + north] - (2 * centre));
                }

                if (Nz > 1)
                {
                    sum += cz * (u[c + down] + u[c + up] - (2 * centre));
                }

                result[c] = sum;
            }
        }
    }
}
