using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// Built-in solver of model <c>nagumo-cable</c>: the bistable cable u_t = D·u_xx + u(1 − u)(u − a) on [0, L] with
/// no-flux ends, started from the exact travelling front u = 1/(1 + exp((x − x₀)/√(2D))), whose exact speed is
/// c = √(D/2)·(1 − 2a) (McKean 1970, Adv. Math. 4:209, doi:10.1016/0001-8708(70)90023-X) — the code-verification
/// problem of propagation in excitable tissue. Parameters <c>D</c> (length²/time), <c>a</c> (1), <c>L</c>,
/// <c>grid_spacing</c>, <c>x0</c> (lengths); outputs <c>u_NAME</c> [1] at the point <c>NAME_x</c> (linear interpolation
/// between cell centres). Numerics: <c>fixed-step</c> (required, at most the explicit diffusion limit); the existing
/// cell-centred <see cref="ReactionDiffusionSolver"/> with Strang splitting, explicit diffusion and RK4 reaction.
/// Internal units mm and ms.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class NagumoCableSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "nagumo-cable";

    private static readonly Unit Mm = Unit.Parse("mm");
    private static readonly Unit Ms = Unit.Parse("ms");

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var d = RequestReader.Parameter(request, "D", Unit.Parse("mm^2/ms"));
        var a = RequestReader.Parameter(request, "a", Unit.Parse("1"));
        var length = RequestReader.Parameter(request, "L", Mm);
        var h = RequestReader.Parameter(request, "grid_spacing", Mm);
        var x0 = RequestReader.Parameter(request, "x0", Mm, positive: false);
        var cells = (int)Math.Round(length / h);
        if (!(a > 0 && a < 0.5) || cells < 3 || Math.Abs((cells * h) - length) > 1e-9 * length)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{request.CaseId}': need 0 < a < 0.5 (a = {a:G6}) and L a whole number (≥ 3) of grid spacings (L/h = {length / h:G6})"));
        }

        var grid = StructuredGrid.Line(cells, h);
        var dt = request.Numerics.FixedStep is { } step
            ? RequestReader.Convert(request, "numerics fixed step", step, Ms, positive: true)
            : throw new SolverException($"case '{request.CaseId}': '{ModelId}' is a fixed-step solver and needs numerics.fixed-step");
        ReactionDiffusionSolver<BistableReaction, NoSource> solver;
        try
        {
            solver = ReactionDiffusionSolver.Create(
                DiffusionCoefficients.Isotropic(grid, d), GridBoundaries.NoFlux, new BistableReaction(a),
                new ReactionDiffusionOptions { TimeStep = dt, Splitting = SplittingScheme.Strang });
        }
        catch (ArgumentException ex)
        {
            throw new SolverException($"case '{request.CaseId}': {ex.Message}", ex);
        }

        var state = new ReactionDiffusionState(grid, 1);
        var width = Math.Sqrt(2 * d);
        state.Set(0, (x, _, _) => 1 / (1 + Math.Exp((x - x0) / width)));
        var points = request.Outputs.Variables.Select(v => Point(request, v.Name, length)).ToArray();
        var factor = request.Outputs.TimeUnit.FactorTo(Ms);
        var times = request.Outputs.SampleTimes.Select(t => t * factor).ToArray();
        var columns = points.Select(_ => new double[times.Length]).ToArray();
        var t = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, Ms, positive: false);
        var steps = 0L;
        for (var row = 0; row < times.Length; row++)
        {
            if (times[row] > t)
            {
                steps += solver.Advance(state, t, times[row], cancellationToken).Steps;
                t = times[row];
            }

            for (var p = 0; p < points.Length; p++)
            {
                columns[p][row] = Interpolate(state.Field(0), grid, points[p]);
            }
        }

        var series = request.Outputs.Variables.Select((o, i) => new Series(o.Name, o.Unit, ImmutableArray.Create(columns[i])));
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        ImmutableArray<string> notes = [string.Create(CultureInfo.InvariantCulture, $"{grid}, dt = {dt:G6} ms, Strang splitting, explicit diffusion, RK4 reaction")];
        return new SolverOutput(table, [], new SolverDiagnostics("strang-explicit-rk4", steps, 0, steps, 0, Clock.GetElapsedTime(started), notes));
    }

    private static double Point(SolveRequest request, string variable, double length)
    {
        if (!variable.StartsWith("u_", StringComparison.Ordinal))
        {
            throw new SolverException($"case '{request.CaseId}': output '{variable}' is not offered by '{ModelId}'; it offers u_NAME [1] at the point NAME_x");
        }

        var x = RequestReader.Parameter(request, $"{variable[2..]}_x", Mm, positive: false);
        return x >= 0 && x <= length
            ? x
            : throw new SolverException(string.Create(CultureInfo.InvariantCulture, $"case '{request.CaseId}': point {variable[2..]}_x = {x:G6} mm lies outside [0, {length:G6}] mm"));
    }

    private static double Interpolate(ReadOnlySpan<double> u, StructuredGrid grid, double x)
    {
        // Cell centres at (i + ½)h; beyond the outermost centres the no-flux field is flat to first order.
        var s = (x / grid.Dx) - 0.5;
        var i = Math.Clamp((int)Math.Floor(s), 0, grid.Nx - 2);
        var f = Math.Clamp(s - i, 0, 1);
        return ((1 - f) * u[i]) + (f * u[i + 1]);
    }
}
