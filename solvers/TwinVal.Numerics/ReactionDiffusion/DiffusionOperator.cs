using System.Globalization;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The discrete diffusion operator L u + s ≈ ∇·(D∇u) on a cell-centred <see cref="StructuredGrid"/>: the 7-point
/// (5-point in 2-D, 3-point in 1-D) finite-volume stencil in conservative flux form,
/// (Lu)_c = Σ_faces w_f (u_neighbour − u_c), w_f = D_f / h², with the face coefficient D_f the harmonic mean of the two
/// cells' coefficients along that axis (Patankar 1980, Numerical Heat Transfer and Fluid Flow, §4.2-3; doi:10.1201/9781482234213).
/// </summary>
/// <remarks>
/// <para>
/// The harmonic mean is the exact series conductance of two half-cells, so fluxes are continuous across jumps in D
/// (grey/white matter) and a cell with D = 0 isolates its face. Each face weight is stored once and used with opposite
/// signs by its two cells, so Σ_c (Lu)_c = 0 for no-flux boundaries: the integral Σ u·ΔV is conserved to round-off.
/// L is symmetric and negative semi-definite, which Crank–Nicolson's conjugate-gradient solve relies on.
/// </para>
/// <para>
/// A Dirichlet face couples its cell to the face value g through half a cell: weight 2·D_c/h², contribution
/// 2·D_c/h²·(g − u_c); the −2D_c/h²·u_c part belongs to L (it stays symmetric), the g part to the constant s. This is
/// second-order accurate globally (Morton &amp; Mayers 2005, §6; doi:10.1017/CBO9780511812248) and exact for linear profiles.
/// </para>
/// </remarks>
public sealed partial class DiffusionOperator
{
    private readonly double[] wx;
    private readonly double[] wy;
    private readonly double[] wz;
    private readonly double[] diagonal;
    private readonly int[] rowBoundaryStart;
    private readonly int[] boundaryCell;
    private readonly double[] boundaryWeight;
    private readonly double[] boundarySource;

    // One idle parallel-apply state, taken exclusively per call (Interlocked) and put back afterwards.
    private ParallelApply? idleParallel;

    /// <summary>Builds the operator's face weights and boundary terms.</summary>
    /// <param name="coefficients">Diffusion coefficients (their grid is the operator's grid).</param>
    /// <param name="boundaries">Face conditions.</param>
    /// <exception cref="ArgumentException">A face across an axis with a single cell is not no-flux, or a Dirichlet value is not finite.</exception>
    public DiffusionOperator(DiffusionCoefficients coefficients, GridBoundaries boundaries)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(boundaries);
        var grid = coefficients.Grid;
        Grid = grid;
        Boundaries = boundaries;
        CheckBoundaries(grid, boundaries);
        var n = grid.CellCount;
        wx = FaceWeights(grid, coefficients.Xx.AsSpan(), 1, grid.Nx, grid.Dx);
        wy = FaceWeights(grid, coefficients.Yy.AsSpan(), grid.Nx, grid.Ny, grid.Dy);
        wz = FaceWeights(grid, coefficients.Zz.AsSpan(), grid.Nx * grid.Ny, grid.Nz, grid.Dz);
        (rowBoundaryStart, boundaryCell, boundaryWeight, boundarySource) = DirichletTerms(grid, coefficients, boundaries);
        diagonal = new double[n];
        for (var c = 0; c < n; c++)
        {
            var (i, j, k) = grid.Cell(c);
            diagonal[c] = wx[c] + (i > 0 ? wx[c - 1] : 0) + wy[c] + (j > 0 ? wy[c - grid.Nx] : 0)
                + wz[c] + (k > 0 ? wz[c - (grid.Nx * grid.Ny)] : 0);
        }

        for (var e = 0; e < boundaryCell.Length; e++)
        {
            diagonal[boundaryCell[e]] += boundaryWeight[e];
        }

        var worst = 0;
        for (var c = 1; c < n; c++)
        {
            worst = diagonal[c] > diagonal[worst] ? c : worst;
        }

        // Explicit Euler on u' = Lu is stable (and keeps the discrete maximum principle) when dt·max_c Σ_f w_f ≤ 1:
        // Gershgorin puts L's eigenvalues in [−2·max diag, 0]. With uniform D and no-flux faces this is the classic
        // dt ≤ 1/(2·Σ_i D_i/h_i²); a Dirichlet face adds 2D/h² to its cell, which the bound includes.
        StableTimeStep = diagonal[worst] > 0 ? 1.0 / diagonal[worst] : double.PositiveInfinity;
        StabilityLimitingCell = worst;
    }

    /// <summary>The grid.</summary>
    public StructuredGrid Grid { get; }

    /// <summary>The face conditions.</summary>
    public GridBoundaries Boundaries { get; }

    /// <summary>Largest explicit (forward Euler) diffusion step: 1 / max over cells of the sum of its face weights.</summary>
    public double StableTimeStep { get; }

    /// <summary>Linear index of the cell that sets <see cref="StableTimeStep"/>.</summary>
    public int StabilityLimitingCell { get; }

    /// <summary>Diagonal of −L per cell (sum of the cell's face weights), used by the Jacobi preconditioner.</summary>
    internal ReadOnlySpan<double> Diagonal => diagonal;

    /// <summary>Writes L u + <paramref name="sourceScale"/>·s into <paramref name="result"/>, in parallel over rows.</summary>
    /// <param name="u">Field, one value per cell.</param>
    /// <param name="result">Destination, one value per cell; must not be <paramref name="u"/>.</param>
    /// <param name="sourceScale">Multiplier of the Dirichlet boundary term s (1 for the full operator, 0 for L alone).</param>
    /// <param name="maxDegreeOfParallelism">Threads at most; −1 for all processors. The result does not depend on it.</param>
    /// <exception cref="ArgumentException">A length differs from the cell count or the arrays are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public void Apply(double[] u, double[] result, double sourceScale = 1.0, int maxDegreeOfParallelism = -1)
    {
        CheckField(u, nameof(u));
        CheckField(result, nameof(result));
        if (ReferenceEquals(u, result))
        {
            throw new ArgumentException("the operator cannot be applied in place", nameof(result));
        }

        ApplyChecked(u, result, sourceScale, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Writes L u + <paramref name="sourceScale"/>·s into <paramref name="result"/>, in parallel over rows: the span entry
    /// point for integrators, which hold their states in spans (no copy into an array first). Same arithmetic, in the
    /// same order, as <see cref="Apply"/> (which runs through here), so the two give bit-identical results; the serial
    /// path allocates nothing. A separate name rather than an overload, so that calls with collection expressions or
    /// arrays stay unambiguous.
    /// </summary>
    /// <param name="u">Field, one value per cell.</param>
    /// <param name="result">Destination, one value per cell; must not overlap <paramref name="u"/>.</param>
    /// <param name="sourceScale">Multiplier of the Dirichlet boundary term s (1 for the full operator, 0 for L alone).</param>
    /// <param name="maxDegreeOfParallelism">Threads at most; −1 for all processors. The result does not depend on it.</param>
    /// <exception cref="ArgumentException">A length differs from the cell count or the spans overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public void ApplySpan(ReadOnlySpan<double> u, Span<double> result, double sourceScale = 1.0, int maxDegreeOfParallelism = -1)
    {
        CheckLength(u.Length, nameof(u));
        CheckLength(result.Length, nameof(result));
        if (u.Overlaps(result))
        {
            throw new ArgumentException("the operator cannot be applied in place: u and result overlap", nameof(result));
        }

        ApplyChecked(u, result, sourceScale, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Writes L u + <paramref name="sourceScale"/>·s + p(u) into <paramref name="result"/> in one pass over the grid, p
    /// being <paramref name="pointwise"/> evaluated cell by cell: the right-hand side of a method-of-lines system
    /// u′ = L u + f(u) without a second sweep over the field (each row gets its stencil and then its pointwise term
    /// while it is still in L1), so the memory traffic is that of <see cref="ApplySpan"/> alone.
    /// </summary>
    /// <remarks>
    /// Guarantee, bit for bit: result[c] = a[c] + pointwise.Evaluate(c, u[c]) as one IEEE-754 addition, where a is what
    /// <see cref="ApplySpan"/> writes for the same arguments (same stencil arithmetic, same order), i.e. exactly
    /// <see cref="ApplySpan"/> followed by a separate pass <c>result[c] += pointwise.Evaluate(c, u[c])</c>. With a term
    /// that returns +0 the result equals <see cref="ApplySpan"/>'s (numerically; a −0 there becomes +0). It does not
    /// depend on <paramref name="maxDegreeOfParallelism"/>. The serial path allocates nothing; the parallel path adds one
    /// small object (the term, copied once) to Parallel.For's own task bookkeeping.
    /// </remarks>
    /// <typeparam name="TPointwise">The pointwise term, a struct so that its evaluation inlines into the row loop.</typeparam>
    /// <param name="u">Field, one value per cell.</param>
    /// <param name="result">Destination, one value per cell; must not overlap <paramref name="u"/>.</param>
    /// <param name="pointwise">The term; evaluated exactly once per cell, concurrently on the parallel path (see <see cref="IPointwiseTerm"/>).</param>
    /// <param name="sourceScale">Multiplier of the Dirichlet boundary term s (1 for the full operator, 0 for L alone).</param>
    /// <param name="maxDegreeOfParallelism">Threads at most; −1 for all processors. The result does not depend on it.</param>
    /// <exception cref="ArgumentException">A length differs from the cell count or the spans overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public unsafe void ApplyFused<TPointwise>(
        ReadOnlySpan<double> u, Span<double> result, TPointwise pointwise, double sourceScale = 1.0, int maxDegreeOfParallelism = -1)
        where TPointwise : struct, IPointwiseTerm
    {
        CheckLength(u.Length, nameof(u));
        CheckLength(result.Length, nameof(result));
        if (u.Overlaps(result))
        {
            throw new ArgumentException("the operator cannot be applied in place: u and result overlap", nameof(result));
        }

        var threads = RowBlocks.ThreadsFor(maxDegreeOfParallelism);
        var nx = Grid.Nx;
        if (threads == 1 || Grid.RowCount <= RowBlocks.RowsPerBlockOf(Grid))
        {
            // Same row loop as ApplyChecked's serial path, the term added per row: nothing allocated, the term inlined.
            for (var row = 0; row < Grid.RowCount; row++)
            {
                ApplyRowFused(row, u, result.Slice(row * nx, nx), sourceScale, ref pointwise);
            }

            return;
        }

        // As in ApplyChecked: pinned for the call's duration, the reusable parallel state taken exclusively.
        fixed (double* field = u)
        fixed (double* output = result)
        {
            var job = Interlocked.Exchange(ref idleParallel, null) ?? new ParallelApply(this);
            job.Run(field, output, sourceScale, threads, PointwiseRowTerm.Of(pointwise));
            Volatile.Write(ref idleParallel, job);
        }
    }

    private unsafe void ApplyChecked(ReadOnlySpan<double> u, Span<double> result, double sourceScale, int maxDegreeOfParallelism)
    {
        var threads = RowBlocks.ThreadsFor(maxDegreeOfParallelism);

        // Rows are independent, so the serial path needs no blocks: a plain loop, nothing allocated. The parallel path
        // reuses one state object with a pre-bound body, so only Parallel.For's own task bookkeeping is allocated.
        if (threads == 1 || Grid.RowCount <= RowBlocks.RowsPerBlockOf(Grid))
        {
            var nx = Grid.Nx;
            for (var row = 0; row < Grid.RowCount; row++)
            {
                ApplyRow(row, u, result.Slice(row * nx, nx), sourceScale);
            }

            return;
        }

        // Spans cannot be captured by the worker threads' delegate, so both are pinned for the duration of the call
        // (fixed: no GC handle allocated, nothing moves while the workers read and write) and handed over as pointers;
        // the call does not return before every worker has finished, so the pointers never outlive the pin.
        fixed (double* field = u)
        fixed (double* output = result)
        {
            var job = Interlocked.Exchange(ref idleParallel, null) ?? new ParallelApply(this);
            job.Run(field, output, sourceScale, threads);
            Volatile.Write(ref idleParallel, job);
        }
    }

    /// <summary>Writes row <paramref name="row"/> of L u + sourceScale·s into <paramref name="acc"/> (Nx values).</summary>
    internal void ApplyRow(int row, ReadOnlySpan<double> u, Span<double> acc, double sourceScale)
    {
        var nx = Grid.Nx;
        var start = row * nx;
        var j = row % Grid.Ny;
        var centre = u.Slice(start, nx);
        if (Grid.Nz == 1)
        {
            // 1-D and 2-D rows: every coupling in one vectorised sweep (same sums in the same order as the passes below).
            var below = j > 0 ? u.Slice(start - nx, nx) : default;
            var above = j < Grid.Ny - 1 ? u.Slice(start + nx, nx) : default;
            var weightBelow = j > 0 ? wy.AsSpan(start - nx, nx) : default;
            StencilKernel.CouplingsInPlane(acc, centre, wx.AsSpan(start, nx), below, weightBelow, above, wy.AsSpan(start, nx));
        }
        else
        {
            AddCouplingsByPass(row, u, acc);
        }

        for (var e = rowBoundaryStart[row]; e < rowBoundaryStart[row + 1]; e++)
        {
            var c = boundaryCell[e];
            acc[c - start] += (sourceScale * boundarySource[e]) - (boundaryWeight[e] * u[c]);
        }
    }

    // 3-D rows: one pass per neighbour direction (x, y, then z).
    private void AddCouplingsByPass(int row, ReadOnlySpan<double> u, Span<double> acc)
    {
        var nx = Grid.Nx;
        var plane = nx * Grid.Ny;
        var start = row * nx;
        var j = row % Grid.Ny;
        var k = row / Grid.Ny;
        var centre = u.Slice(start, nx);
        acc.Clear();
        if (nx > 1)
        {
            var faces = wx.AsSpan(start, nx - 1);
            StencilKernel.AddCoupling(acc[1..], centre[1..], centre[..^1], faces);
            StencilKernel.AddCoupling(acc[..^1], centre[..^1], centre[1..], faces);
        }

        if (j > 0)
        {
            StencilKernel.AddCoupling(acc, centre, u.Slice(start - nx, nx), wy.AsSpan(start - nx, nx));
        }

        if (j < Grid.Ny - 1)
        {
            StencilKernel.AddCoupling(acc, centre, u.Slice(start + nx, nx), wy.AsSpan(start, nx));
        }

        if (k > 0)
        {
            StencilKernel.AddCoupling(acc, centre, u.Slice(start - plane, nx), wz.AsSpan(start - plane, nx));
        }

        if (k < Grid.Nz - 1)
        {
            StencilKernel.AddCoupling(acc, centre, u.Slice(start + plane, nx), wz.AsSpan(start, nx));
        }
    }

    /// <summary>Row <paramref name="row"/> of L u + sourceScale·s, then the pointwise term added cell by cell.</summary>
    internal void ApplyRowFused<TPointwise>(int row, ReadOnlySpan<double> u, Span<double> acc, double sourceScale, ref TPointwise pointwise)
        where TPointwise : struct, IPointwiseTerm
    {
        ApplyRow(row, u, acc, sourceScale);
        var start = row * Grid.Nx;
        PointwiseRowTerm.AddRow(ref pointwise, start, u.Slice(start, Grid.Nx), acc);
    }

    /// <summary>Throws when an explicit step of <paramref name="dt"/> would be unstable, stating value, limit, margin and why.</summary>
    /// <param name="dt">Proposed step.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dt"/> exceeds <see cref="StableTimeStep"/>.</exception>
    public void CheckExplicitStep(double dt)
    {
        // One part in 10¹² of slack so that a step computed as (t1 − t0)/n equal to the limit up to rounding passes.
        if (dt <= StableTimeStep * (1 + 1e-12))
        {
            return;
        }

        var (i, j, k) = Grid.Cell(StabilityLimitingCell);
        throw new ArgumentOutOfRangeException(
            nameof(dt),
            dt,
            string.Create(
                CultureInfo.InvariantCulture,
                $"explicit diffusion step dt = {dt:G6} exceeds the stability limit {StableTimeStep:G6} = 1/Σ(D_face/h²) at cell ({i}, {j}, {k}) by {((dt / StableTimeStep) - 1) * 100:G3} %")
            + "; forward Euler diffusion would amplify the highest grid mode. Use a step at or below the limit, or the Crank–Nicolson scheme.");
    }

    private void CheckField(double[] field, string name)
    {
        if (field is null)
        {
            throw new ArgumentNullException(name);
        }

        CheckLength(field.Length, name);
    }

    private void CheckLength(int length, string name)
    {
        if (length != Grid.CellCount)
        {
            throw new ArgumentException($"{name} has {length} values, the grid ({Grid}) has {Grid.CellCount} cells", name);
        }
    }
}
