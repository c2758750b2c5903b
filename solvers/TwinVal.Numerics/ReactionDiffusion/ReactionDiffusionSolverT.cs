using System.Globalization;

namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// Operator-split solver of ∂y/∂t = f(t, y) + e₀·(∇·(D∇y₀) + I(x, t)) on a <see cref="StructuredGrid"/>: variable 0
/// diffuses, every variable reacts point by point. Each step of length dt is split (Godunov: R(dt), D(dt); Strang:
/// R(dt/2), D(dt), R(dt/2)); the reaction part R takes one explicit Runge–Kutta step per point (or the reaction's exact
/// update) with the source I added to variable 0's rate, the diffusion part D one explicit-Euler or Crank–Nicolson step
/// of the <see cref="DiffusionOperator"/>. Splitting: Strang 1968, SIAM J. Numer. Anal. 5:506 (doi:10.1137/0705041).
/// </summary>
/// <typeparam name="TReaction">The point reaction (a struct, so its evaluation is inlined).</typeparam>
/// <typeparam name="TSource">The source on variable 0 (<see cref="NoSource"/> for none).</typeparam>
/// <remarks>
/// Work is split over fixed blocks of x-rows with <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>;
/// every cell's arithmetic and every reduction's order are independent of the thread count, so results are
/// bit-identical for 1 or N threads. One instance is not safe for concurrent advances (it owns its work arrays).
/// </remarks>
public sealed class ReactionDiffusionSolver<TReaction, TSource>
    where TReaction : struct, IPointReaction
    where TSource : struct, IPointSource
{
    // Per-point state and Runge–Kutta work live on the stack; 32 variables (a few kB with RK4) covers ionic models up to
    // ten Tusscher–Panfilov's 19 states.
    private const int MaxVariables = 32;

    // Marks, in place of a cell index, a reaction whose TryAdvanceExactly declined.
    private const int NoExactUpdate = int.MaxValue;

    private readonly TReaction reaction;
    private readonly TSource source;
    private readonly RowBlocks blocks;
    private readonly CrankNicolsonDiffusion? crankNicolson;
    private readonly double[] scratch;
    private readonly int[] badCell;
    private readonly Action<int, int, int> react;
    private readonly Action<int, int, int> explicitRates;
    private readonly Action<int, int, int> explicitUpdate;

    // The sub-step in progress, in fields so that the row-block delegates are created once.
    private double[][] fields = [];
    private double stepStart;
    private double stepLength;

    /// <summary>Creates the solver; checks the explicit stability limit up front.</summary>
    /// <param name="coefficients">Diffusion coefficients (and through them the grid).</param>
    /// <param name="boundaries">Face conditions.</param>
    /// <param name="reaction">The point reaction.</param>
    /// <param name="source">The source on variable 0.</param>
    /// <param name="options">Time stepping.</param>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive, explicit diffusion would be unstable at <see cref="ReactionDiffusionOptions.TimeStep"/>, or the variable count is out of range.</exception>
    /// <exception cref="ArgumentException">An exact reaction update is requested together with a source.</exception>
    public ReactionDiffusionSolver(
        DiffusionCoefficients coefficients, GridBoundaries boundaries, TReaction reaction, TSource source, ReactionDiffusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ReactionTableau);
        if (!(options.TimeStep > 0) || !double.IsFinite(options.TimeStep))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TimeStep, "TimeStep must be positive and finite");
        }

        if (reaction.Variables is < 1 or > MaxVariables)
        {
            throw new ArgumentOutOfRangeException(nameof(reaction), reaction.Variables, $"a point reaction has 1 to {MaxVariables} variables");
        }

        if (options.ExactReaction && typeof(TSource) != typeof(NoSource))
        {
            throw new ArgumentException(
                $"ExactReaction cannot include the source {typeof(TSource).Name}: the exact update solves the reaction alone; use a Runge–Kutta tableau",
                nameof(options));
        }

        Operator = new DiffusionOperator(coefficients, boundaries);
        Options = options;
        this.reaction = reaction;
        this.source = source;
        if (options.Diffusion == DiffusionScheme.Explicit)
        {
            Operator.CheckExplicitStep(options.TimeStep);
        }
        else
        {
            crankNicolson = new CrankNicolsonDiffusion(Operator, options.PcgTolerance, options.PcgMaxIterations, options.MaxDegreeOfParallelism);
        }

        blocks = new RowBlocks(Grid, options.MaxDegreeOfParallelism);
        scratch = new double[Grid.CellCount];
        badCell = new int[blocks.Count];
        (react, explicitRates, explicitUpdate) = (React, ExplicitRates, ExplicitUpdate);
    }

    /// <summary>The grid.</summary>
    public StructuredGrid Grid => Operator.Grid;

    /// <summary>The diffusion operator (face weights, stability limit).</summary>
    public DiffusionOperator Operator { get; }

    /// <summary>The time stepping options.</summary>
    public ReactionDiffusionOptions Options { get; }

    /// <summary>
    /// Advances <paramref name="state"/> from <paramref name="t0"/> to <paramref name="t1"/> in the fewest equal split
    /// steps no longer than <see cref="ReactionDiffusionOptions.TimeStep"/>.
    /// </summary>
    /// <param name="state">Fields, updated in place.</param>
    /// <param name="t0">Start time.</param>
    /// <param name="t1">End time, after <paramref name="t0"/>.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <returns>Steps, sub-steps and the PCG work.</returns>
    /// <exception cref="ArgumentException">The state does not match the grid or the reaction, or the interval is empty.</exception>
    /// <exception cref="IntegrationException">A point's state became non-finite (the message names cell, variable and time).</exception>
    /// <exception cref="LinearSolverException">A Crank–Nicolson solve did not converge.</exception>
    public ReactionDiffusionStatistics Advance(ReactionDiffusionState state, double t0, double t1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Grid != Grid || state.Variables != reaction.Variables)
        {
            throw new ArgumentException(
                $"the state ({state.Variables} variables on {state.Grid}) does not match the solver ({reaction.Variables} variables on {Grid})", nameof(state));
        }

        if (!(t1 > t0) || !double.IsFinite(t0) || !double.IsFinite(t1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected finite t0 < t1, got [{t0}, {t1}]"), nameof(t1));
        }

        fields = new double[state.Variables][];
        for (var v = 0; v < fields.Length; v++)
        {
            fields[v] = state.Array(v);
        }

        // The relative slack keeps an interval that is a whole number of steps long (up to rounding) from getting one
        // extra, tiny step.
        var count = Math.Max(1L, (long)Math.Ceiling((t1 - t0) / Options.TimeStep * (1 - 1e-12)));
        var h = (t1 - t0) / count;
        var (solves, iterations, maxIterations, maxResidual) = (0L, 0L, 0, 0.0);
        for (var n = 0L; n < count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t = n == 0 ? t0 : t0 + (n * h);
            var strang = Options.Splitting == SplittingScheme.Strang;
            Reaction(t, strang ? 0.5 * h : h);
            if (crankNicolson is null)
            {
                // Two passes: every row must read the old u before any row is overwritten.
                stepLength = h;
                blocks.For(explicitRates);
                blocks.For(explicitUpdate);
            }
            else
            {
                var solve = crankNicolson.Step(fields[0], h);
                (solves, iterations) = (solves + 1, iterations + solve.Iterations);
                (maxIterations, maxResidual) = (Math.Max(maxIterations, solve.Iterations), Math.Max(maxResidual, solve.RelativeResidual));
            }

            if (strang)
            {
                Reaction(t + (0.5 * h), 0.5 * h);
            }
        }

        var substeps = count * (Options.Splitting == SplittingScheme.Strang ? 2 : 1);
        return new ReactionDiffusionStatistics(count, h, substeps, solves, iterations, maxIterations, maxResidual);
    }

    private void Reaction(double t, double h)
    {
        (stepStart, stepLength) = (t, h);
        Array.Fill(badCell, -1);
        blocks.For(react);
        foreach (var cell in badCell)
        {
            if (cell >= 0)
            {
                if (cell == NoExactUpdate)
                {
                    throw new InvalidOperationException(
                        $"{typeof(TReaction).Name} has no exact update, but ExactReaction is set; use a Runge–Kutta tableau instead");
                }

                var (i, j, k) = Grid.Cell(cell);
                var values = string.Join(", ", fields.Select(f => f[cell].ToString("G6", CultureInfo.InvariantCulture)));
                throw new IntegrationException(
                    IntegrationFailure.NonFiniteState,
                    t + h,
                    string.Create(CultureInfo.InvariantCulture, $"non-finite state ({values}) at cell ({i}, {j}, {k}) after the reaction sub-step [{t}, {t + h}] ({typeof(TReaction).Name})"));
            }
        }
    }

    private void React(int block, int first, int end)
    {
        var m = fields.Length;
        var tableau = Options.ReactionTableau;
        Span<double> y = stackalloc double[m];
        Span<double> work = stackalloc double[PointReactionStep.WorkLength(tableau, m)];
        var r = reaction;
        var s = source;
        var nx = Grid.Nx;
        for (var row = first; row < end; row++)
        {
            var (yc, zc) = (Grid.Y(row % Grid.Ny), Grid.Z(row / Grid.Ny));
            for (var c = row * nx; c < (row + 1) * nx; c++)
            {
                for (var v = 0; v < m; v++)
                {
                    y[v] = fields[v][c];
                }

                if (Options.ExactReaction)
                {
                    if (!r.TryAdvanceExactly(stepStart, stepLength, y))
                    {
                        badCell[block] = NoExactUpdate;
                        return;
                    }
                }
                else
                {
                    PointReactionStep.Step(ref r, ref s, tableau, Grid.X(c - (row * nx)), yc, zc, stepStart, stepLength, y, work);
                }

                var finite = true;
                for (var v = 0; v < m; v++)
                {
                    finite &= double.IsFinite(y[v]);
                    fields[v][c] = y[v];
                }

                if (!finite)
                {
                    badCell[block] = c;
                    return;
                }
            }
        }
    }

    /// <summary>scratch = L u + s on the block's rows.</summary>
    private void ExplicitRates(int block, int first, int end)
    {
        var u = fields[0];
        var nx = Grid.Nx;
        for (var row = first; row < end; row++)
        {
            Operator.ApplyRow(row, u, scratch.AsSpan(row * nx, nx), 1.0);
        }
    }

    /// <summary>u += dt·scratch on the block's rows (forward Euler).</summary>
    private void ExplicitUpdate(int block, int first, int end)
    {
        var nx = Grid.Nx;
        StencilKernel.Axpy(fields[0].AsSpan(first * nx, (end - first) * nx), stepLength, scratch.AsSpan(first * nx, (end - first) * nx));
    }
}
