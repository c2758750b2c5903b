using System.Globalization;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// Crank–Nicolson steps of u' = L u + s (Crank &amp; Nicolson 1947, Proc. Camb. Phil. Soc. 43:50; doi:10.1017/S0305004100023197):
/// (I − ½dt L) u¹ = (I + ½dt L) u⁰ + dt·s, second order in time and unconditionally stable, solved matrix-free by
/// conjugate gradients with a Jacobi preconditioner (Saad 2003, Iterative Methods for Sparse Linear Systems, Alg. 9.1;
/// doi:10.1137/1.9780898718003).
/// </summary>
/// <remarks>
/// I − ½dt L is symmetric positive definite because L is symmetric negative semi-definite by construction (one shared
/// weight per face), so CG applies; its diagonal 1 + ½dt·Σ w_f is the preconditioner. The previous state is the initial
/// guess. Every reduction is summed per fixed row block and then in block order, so the iterates — and the iteration
/// count — do not depend on the thread count. Unlike the explicit update, the integral is conserved only to the solver
/// tolerance (the residual need not sum to zero).
/// </remarks>
public sealed class CrankNicolsonDiffusion
{
    private readonly DiffusionOperator op;
    private readonly RowBlocks blocks;
    private readonly double[] b;
    private readonly double[] r;
    private readonly double[] z;
    private readonly double[] p;
    private readonly double[] q;
    private readonly double[] inversePreconditioner;
    private readonly double[] partialA;
    private readonly double[] partialB;
    private readonly double[] partialC;
    private readonly Action<int, int, int> initialise;
    private readonly Action<int, int, int> multiply;
    private readonly Action<int, int, int> update;
    private readonly Action<int, int, int> direction;
    private double preconditionedFor = double.NaN;

    // The state of the solve in progress, in fields so that the row-block delegates are created once, not per iteration.
    private double[] x = [];
    private double half;
    private double alpha;
    private double beta;

    /// <summary>Creates the stepper and its work vectors (five fields).</summary>
    /// <param name="op">The diffusion operator.</param>
    /// <param name="tolerance">Relative residual ‖b − Ax‖₂/‖b‖₂ at which the solve stops; in (0, 1).</param>
    /// <param name="maxIterations">Iteration budget per solve; at least 1.</param>
    /// <param name="maxDegreeOfParallelism">Threads at most; −1 for all processors.</param>
    /// <exception cref="ArgumentOutOfRangeException">Tolerance, budget or parallelism is out of range.</exception>
    public CrankNicolsonDiffusion(DiffusionOperator op, double tolerance = 1e-10, int maxIterations = 1000, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (!(tolerance > 0 && tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "the PCG tolerance must be in (0, 1)");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        this.op = op;
        Tolerance = tolerance;
        MaxIterations = maxIterations;
        blocks = new RowBlocks(op.Grid, maxDegreeOfParallelism);
        var n = op.Grid.CellCount;
        (b, r, z, p, q, inversePreconditioner) = (new double[n], new double[n], new double[n], new double[n], new double[n], new double[n]);
        partialA = new double[blocks.Count];
        partialB = new double[blocks.Count];
        partialC = new double[blocks.Count];
        (initialise, multiply, update, direction) = (Initialise, Multiply, Update, Direction);
    }

    /// <summary>Relative residual tolerance.</summary>
    public double Tolerance { get; }

    /// <summary>Iteration budget per solve.</summary>
    public int MaxIterations { get; }

    /// <summary>Advances <paramref name="u"/> in place by one Crank–Nicolson step of <paramref name="dt"/>.</summary>
    /// <param name="u">Field, one value per cell.</param>
    /// <param name="dt">Step, positive.</param>
    /// <returns>Iterations and final relative residual.</returns>
    /// <exception cref="LinearSolverException">The budget ran out before the tolerance was met, or the iteration broke down.</exception>
    public LinearSolveStatistics Step(double[] u, double dt)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u.Length != op.Grid.CellCount)
        {
            throw new ArgumentException($"u has {u.Length} values, the grid ({op.Grid}) has {op.Grid.CellCount} cells", nameof(u));
        }

        if (!(dt > 0) || !double.IsFinite(dt))
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "the step must be positive and finite");
        }

        half = 0.5 * dt;
        Precondition(half);
        x = u;
        blocks.For(initialise);
        var bNorm = Math.Sqrt(RowBlocks.Sum(partialA));
        var rz = RowBlocks.Sum(partialB);
        var rNorm = Math.Sqrt(RowBlocks.Sum(partialC));
        if (bNorm == 0)
        {
            // b = 0 has the solution 0 (the matrix is non-singular); the initial guess may not be it.
            Array.Clear(u);
            return new LinearSolveStatistics(0, 0.0);
        }

        for (var iteration = 0; ; iteration++)
        {
            var relative = rNorm / bNorm;
            if (relative <= Tolerance)
            {
                return new LinearSolveStatistics(iteration, relative);
            }

            if (iteration == MaxIterations || !double.IsFinite(relative))
            {
                throw new LinearSolverException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Crank–Nicolson PCG on {op.Grid} (dt = {dt:G6}) stopped after {iteration} iterations at relative residual {relative:E3}, above the tolerance {Tolerance:E3}; raise the iteration budget ({MaxIterations}) or shorten the step"));
            }

            blocks.For(multiply);
            var pq = RowBlocks.Sum(partialA);

            // p·(I − cL)p > 0 for p ≠ 0 since the matrix is positive definite; anything else is breakdown (non-finite data).
            if (!(pq > 0))
            {
                throw new LinearSolverException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Crank–Nicolson PCG on {op.Grid} broke down at iteration {iteration}: p·Ap = {pq:G6}, expected > 0 (non-finite field?)"));
            }

            alpha = rz / pq;
            blocks.For(update);
            var rzNext = RowBlocks.Sum(partialB);
            rNorm = Math.Sqrt(RowBlocks.Sum(partialC));
            beta = rzNext / rz;
            rz = rzNext;
            blocks.For(direction);
        }
    }

    /// <summary>b = u + c(Lu + 2s); r = b − (u − cLu); z = M⁻¹r; p = z. Partials: b·b, r·z, r·r.</summary>
    private void Initialise(int block, int first, int end)
    {
        var (bb, rz, rr) = (0.0, 0.0, 0.0);
        var nx = op.Grid.Nx;
        for (var row = first; row < end; row++)
        {
            var s = row * nx;
            op.ApplyRow(row, x, q.AsSpan(s, nx), 2.0);
            op.ApplyRow(row, x, z.AsSpan(s, nx), 0.0);
            for (var i = s; i < s + nx; i++)
            {
                b[i] = x[i] + (half * q[i]);
                r[i] = b[i] - x[i] + (half * z[i]);
                z[i] = inversePreconditioner[i] * r[i];
                p[i] = z[i];
                bb += b[i] * b[i];
                rz += r[i] * z[i];
                rr += r[i] * r[i];
            }
        }

        (partialA[block], partialB[block], partialC[block]) = (bb, rz, rr);
    }

    /// <summary>q = (I − cL)p. Partial: p·q.</summary>
    private void Multiply(int block, int first, int end)
    {
        var pq = 0.0;
        var nx = op.Grid.Nx;
        for (var row = first; row < end; row++)
        {
            var s = row * nx;
            var qs = q.AsSpan(s, nx);
            op.ApplyRow(row, p, qs, 0.0);
            var ps = p.AsSpan(s, nx);
            for (var i = 0; i < nx; i++)
            {
                qs[i] = ps[i] - (half * qs[i]);
            }

            pq += StencilKernel.Dot(ps, qs);
        }

        partialA[block] = pq;
    }

    /// <summary>x += αp; r −= αq; z = M⁻¹r. Partials: r·z, r·r.</summary>
    private void Update(int block, int first, int end)
    {
        var (rz, rr) = (0.0, 0.0);
        var nx = op.Grid.Nx;
        for (var row = first; row < end; row++)
        {
            var s = row * nx;
            StencilKernel.Axpy(x.AsSpan(s, nx), alpha, p.AsSpan(s, nx));
            StencilKernel.Axpy(r.AsSpan(s, nx), -alpha, q.AsSpan(s, nx));
            for (var i = s; i < s + nx; i++)
            {
                z[i] = inversePreconditioner[i] * r[i];
                rz += r[i] * z[i];
                rr += r[i] * r[i];
            }
        }

        (partialB[block], partialC[block]) = (rz, rr);
    }

    /// <summary>p = z + βp.</summary>
    private void Direction(int block, int first, int end)
    {
        var nx = op.Grid.Nx;
        for (var i = first * nx; i < end * nx; i++)
        {
            p[i] = z[i] + (beta * p[i]);
        }
    }

    private void Precondition(double c)
    {
        if (c == preconditionedFor)
        {
            return;
        }

        var diagonal = op.Diagonal;
        for (var i = 0; i < inversePreconditioner.Length; i++)
        {
            inversePreconditioner[i] = 1.0 / (1.0 + (c * diagonal[i]));
        }

        preconditionedFor = c;
    }
}
