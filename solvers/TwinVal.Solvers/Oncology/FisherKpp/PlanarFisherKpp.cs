using System.Globalization;
using TwinVal.Harness.Execution;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// The proliferation–invasion model on a Cartesian grid of 1, 2 or 3 dimensions with TwinVal.Numerics'
/// reaction–diffusion solver: the positive quadrant (octant) of a tumour seeded at the origin, no flux on every face
/// (symmetry at the coordinate planes), Strang splitting with the exact logistic flow and explicit (or Crank–Nicolson)
/// diffusion; white matter is the half-space x &gt; <see cref="FisherKppSettings.WhiteFrom"/>. The front is read along
/// the x axis.
/// </summary>
internal sealed class PlanarFisherKpp : IFrontModel
{
    private readonly FisherKppSettings settings;
    private readonly ReactionDiffusionSolver<LogisticReaction, NoSource> solver;
    private readonly ReactionDiffusionState state;
    private readonly string scheme;

    public PlanarFisherKpp(FisherKppSettings settings, bool crankNicolson, string caseId)
    {
        this.settings = settings;
        var (n, dx) = (settings.Cells, settings.Dx);
        var grid = settings.Dimension switch
        {
            1 => StructuredGrid.Line(n, dx),
            2 => StructuredGrid.Plane(n, n, dx, dx),
            _ => new StructuredGrid(n, n, n, dx, dx, dx),
        };
        var coefficients = DiffusionCoefficients.FromFunction(grid, (x, _, _) =>
        {
            var d = settings.DiffusionAt(x);
            return (d, d, d);
        });

        // Half the explicit limit by default, as in the radial mode; Crank–Nicolson takes the same step so that the
        // two schemes differ only in their diffusion integrator.
        var limit = new DiffusionOperator(coefficients, GridBoundaries.NoFlux).StableTimeStep;
        var dt = settings.Dt ?? 0.5 * limit;
        if (!crankNicolson && dt > limit)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{caseId}': fixed-step {dt:G6} day exceeds the explicit diffusion stability limit {limit:G6} day at dx = {dx:G6} mm; use a smaller step or method crank-nicolson"));
        }

        var options = new ReactionDiffusionOptions
        {
            TimeStep = dt,
            ExactReaction = true,
            Diffusion = crankNicolson ? DiffusionScheme.CrankNicolson : DiffusionScheme.Explicit,

            // One thread for a line (a single row cannot be split); all for planes and volumes (bit-identical anyway).
            MaxDegreeOfParallelism = settings.Dimension == 1 ? 1 : -1,
        };
        solver = ReactionDiffusionSolver.Create(coefficients, GridBoundaries.NoFlux, new LogisticReaction(settings.Rho), options);
        state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, y, z) => Seed(x, y, z));
        scheme = string.Create(
            CultureInfo.InvariantCulture,
            $"cartesian {settings.Dimension}-D, Strang (exact logistic, {(crankNicolson ? "Crank–Nicolson" : "explicit Euler")} diffusion), dx={dx:G6} mm, dt≤{dt:G6} day");
    }

    public long Steps { get; private set; }

    public string Method => scheme;

    public void Advance(double t0, double t1, CancellationToken cancellationToken) =>
        Steps += solver.Advance(state, t0, t1, cancellationToken).Steps;

    public double Front(double threshold) =>
        FrontLocator.Locate(state.Field(0)[..settings.Cells], settings.Dx, threshold);

    public double Volume(double threshold)
    {
        // Whole cells at or above the threshold, times 8 for the octant: first-order in dx (a staircase), which the
        // radial mode avoids.
        var count = 0;
        foreach (var value in state.Field(0))
        {
            count += value >= threshold ? 1 : 0;
        }

        return 8.0 * count * state.Grid.CellVolume;
    }

    private double Seed(double x, double y, double z)
    {
        if (settings.Dimension == 1)
        {
            // Exact cell average of the interval [0, r0) in 1-D, as in the radial mode.
            var (inner, outer) = (x - (0.5 * settings.Dx), x + (0.5 * settings.Dx));
            return settings.SeedDensity * (Math.Clamp(settings.SeedRadius, inner, outer) - inner) / settings.Dx;
        }

        var r2 = (x * x) + (settings.Dimension > 1 ? y * y : 0) + (settings.Dimension > 2 ? z * z : 0);
        return r2 < settings.SeedRadius * settings.SeedRadius ? settings.SeedDensity : 0.0;
    }
}
