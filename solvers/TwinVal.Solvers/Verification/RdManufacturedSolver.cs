using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>rd-manufactured</c>: the manufactured solution of the reaction–diffusion machinery
/// (method of manufactured solutions, Roache 2002, J. Fluids Eng. 124:4, doi:10.1115/1.1436090; problem of
/// /work/shared/docs/benchmarks.md "Generic code verification"): v_t = D∇²v − s + I, s_t = v on the box [0, L]^d with
/// no-flux faces and I = (4π²dD/L²)·Φ·sin t, whose exact solution is v = Φ·sin t, s = −Φ·cos t with
/// Φ = Π cos(2πx_i/L); the solver starts from the exact state at t = 0 (v = 0, s = −Φ). Parameters <c>dimension</c>
/// (1, 2 or 3), <c>D</c> (mm²/ms), <c>L</c> (mm); outputs <c>v_NAME</c> and <c>s_NAME</c> [1] at the probe
/// (<c>NAME_x</c>, <c>NAME_y</c>, <c>NAME_z</c>) (mm; y only from 2-D, z only in 3-D). Numerics: <c>dx</c> (L a whole
/// number of cells), <c>fixed-step</c>, <c>method</c> SPLITTING-DIFFUSION-REACTION (<see cref="SplitMethod"/>).
/// Internal units mm and ms; the cell rotation runs at 1 rad/ms.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class RdManufacturedSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "rd-manufactured";

    private static readonly Unit Mm = Unit.Parse("mm");
    private static readonly Unit Ms = Unit.Parse("ms");

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var setup = ManufacturedSetup.From(request, ModelId);
        var method = SplitMethod.From(request, ModelId);
        var mode = new ManufacturedMode(setup.Dimensions, setup.Length);
        ReactionDiffusionSolver<ManufacturedReaction, ManufacturedSource> solver;
        try
        {
            solver = ReactionDiffusionSolver.Create(
                DiffusionCoefficients.Isotropic(setup.Grid, setup.Diffusivity), GridBoundaries.NoFlux, default(ManufacturedReaction),
                new ManufacturedSource(mode, setup.Diffusivity),
                new ReactionDiffusionOptions
                {
                    TimeStep = setup.TimeStep, Splitting = method.Splitting, Diffusion = method.Diffusion, ReactionTableau = method.Reaction,

                    // Far below the smallest error any ladder level resolves (1e-7), so the solve never shows in an order.
                    PcgTolerance = 1e-12,
                });
        }
        catch (ArgumentException ex)
        {
            throw new SolverException($"case '{request.CaseId}': {ex.Message}", ex);
        }

        var state = new ReactionDiffusionState(setup.Grid, 2);
        state.Set(0, (_, _, _) => 0.0);
        state.Set(1, (x, y, z) => -mode.At(x, y, z));
        var outputs = request.Outputs.Variables.Select(v => Output(request, v.Name, setup)).ToArray();
        var times = OdeRun.SampleTimes(request, new OdeModel(ModelId, Ms, []), 0);
        var columns = outputs.Select(_ => new double[times.Length]).ToArray();
        var t = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, Ms, positive: false);
        if (t != 0)
        {
            throw new SolverException($"case '{request.CaseId}': '{ModelId}' starts from the exact state at t = 0; protocol start time is {request.Protocol.StartTime}");
        }

        var steps = 0L;
        for (var row = 0; row < times.Length; row++)
        {
            if (times[row] > t)
            {
                steps += solver.Advance(state, t, times[row], cancellationToken).Steps;
                t = times[row];
            }

            for (var p = 0; p < outputs.Length; p++)
            {
                columns[p][row] = outputs[p].Probe.Sample(state.Field(outputs[p].Variable), setup.Grid);
            }
        }

        var series = request.Outputs.Variables.Select((o, i) => new Series(o.Name, Unit.Parse("1"), ImmutableArray.Create(columns[i])));
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        ImmutableArray<string> notes = [string.Create(CultureInfo.InvariantCulture, $"{setup.Grid}, dt = {setup.TimeStep:G6} ms, {method.Name}")];
        return new SolverOutput(table, [], new SolverDiagnostics(method.Name, steps, 0, steps, 0, Clock.GetElapsedTime(started), notes));
    }

    private static (int Variable, CellCentreProbe Probe) Output(SolveRequest request, string name, ManufacturedSetup setup)
    {
        var variable = name.StartsWith("v_", StringComparison.Ordinal) ? 0 : name.StartsWith("s_", StringComparison.Ordinal) ? 1 : -1;
        if (variable < 0)
        {
            throw new SolverException($"case '{request.CaseId}': output '{name}' is not offered by '{ModelId}'; it offers v_NAME and s_NAME [1] at the probe NAME_x, NAME_y, NAME_z");
        }

        var point = name[2..];
        double Coordinate(string axis, int fromDimension) => setup.Dimensions < fromDimension ? 0 : Inside(RequestReader.Parameter(request, $"{point}_{axis}", Mm, positive: false));
        double Inside(double x) => x >= 0 && x <= setup.Length
            ? x
            : throw new SolverException(string.Create(CultureInfo.InvariantCulture, $"case '{request.CaseId}': probe {point} coordinate {x:G6} mm lies outside [0, {setup.Length:G6}] mm"));
        return (variable, new CellCentreProbe(Coordinate("x", 1), Coordinate("y", 2), Coordinate("z", 3)));
    }
}
