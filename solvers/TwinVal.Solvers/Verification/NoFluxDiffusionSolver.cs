using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>no-flux-diffusion</c>: pure diffusion u_t = D∇²u on the box [0, L]^d with no-flux faces,
/// from the non-uniform field (at the protocol's start time) u0 = 1 + x/L + Π cos(πx_i/L). With no flux through the boundary ∫u dV is conserved
/// (divergence theorem), equal to ∫u0 dV = 1.5·L^d; the cell-centred finite-volume operator conserves it discretely
/// because every face flux leaves one cell and enters its neighbour (LeVeque, Finite Volume Methods for Hyperbolic
/// Problems, CUP 2002, §4.1, doi:10.1017/CBO9780511791253). Parameters <c>dimension</c> (1–3), <c>L</c> (mm),
/// <c>D</c> (mm²/ms); outputs <c>u_integral</c> (mm^d; u is dimensionless) and <c>u_NAME</c> [1] at the probe (<c>NAME_x</c>, <c>NAME_y</c>, <c>NAME_z</c>, mm). Numerics: <c>dx</c>, <c>fixed-step</c>,
/// <c>method</c> <c>explicit</c> (default; conserves to round-off) or <c>cn</c> (Crank–Nicolson; conserves to the PCG
/// residual). Internal units mm and ms.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class NoFluxDiffusionSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "no-flux-diffusion";

    /// <summary>The one output: ∫u dV over the box.</summary>
    public const string IntegralOutput = "u_integral";

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var setup = ManufacturedSetup.From(request, ModelId);
        var method = (request.Numerics.Method ?? "explicit").ToLowerInvariant();
        var scheme = method switch
        {
            "explicit" => DiffusionScheme.Explicit,
            "cn" => DiffusionScheme.CrankNicolson,
            _ => throw new SolverException($"case '{request.CaseId}': numerics method '{request.Numerics.Method}' is not offered by '{ModelId}'; choose explicit or cn"),
        };
        var unit = Unit.Parse(setup.Dimensions == 1 ? "mm" : $"mm^{setup.Dimensions}");
        var probes = request.Outputs.Variables.Select(v => Probe(request, v, unit, setup)).ToArray();

        ReactionDiffusionSolver<NoReaction, NoSource> solver;
        try
        {
            solver = ReactionDiffusionSolver.Create(
                DiffusionCoefficients.Isotropic(setup.Grid, setup.Diffusivity), GridBoundaries.NoFlux, default(NoReaction),
                new ReactionDiffusionOptions { TimeStep = setup.TimeStep, Splitting = SplittingScheme.Godunov, Diffusion = scheme, ExactReaction = true, PcgTolerance = 1e-14 });
        }
        catch (ArgumentException ex)
        {
            throw new SolverException($"case '{request.CaseId}': {ex.Message}", ex);
        }

        var state = new ReactionDiffusionState(setup.Grid, 1);
        var (d, length) = (setup.Dimensions, setup.Length);
        state.Set(0, (x, y, z) => 1 + (x / length) + (Math.Cos(Math.PI * x / length) * (d > 1 ? Math.Cos(Math.PI * y / length) : 1) * (d > 2 ? Math.Cos(Math.PI * z / length) : 1)));
        var ms = Unit.Parse("ms");
        var t = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, ms, positive: false);
        var times = OdeRun.SampleTimes(request, new OdeModel(ModelId, ms, []), t);
        var columns = probes.Select(_ => new double[times.Length]).ToArray();
        var steps = 0L;
        for (var row = 0; row < times.Length; row++)
        {
            if (times[row] > t)
            {
                steps += solver.Advance(state, t, times[row], cancellationToken).Steps;
                t = times[row];
            }

            for (var p = 0; p < probes.Length; p++)
            {
                columns[p][row] = probes[p] is { } probe ? probe.Sample(state.Field(0), setup.Grid) : Integral(state.Field(0), setup.Grid.CellVolume);
            }
        }

        var series = request.Outputs.Variables.Select((o, i) => new Series(o.Name, probes[i] is null ? unit : Unit.Parse("1"), ImmutableArray.Create(columns[i])));
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        ImmutableArray<string> notes = [string.Create(CultureInfo.InvariantCulture, $"{setup.Grid}, dt = {setup.TimeStep:G6} ms, {method} diffusion")];
        return new SolverOutput(table, [], new SolverDiagnostics(method, steps, 0, 0, 0, Clock.GetElapsedTime(started), notes));
    }

    private static CellCentreProbe? Probe(SolveRequest request, OutputVariable output, Unit integralUnit, ManufacturedSetup setup)
    {
        if (output.Name == IntegralOutput && output.Unit.IsCompatibleWith(integralUnit))
        {
            return null;
        }

        if (!output.Name.StartsWith("u_", StringComparison.Ordinal) || output.Name == IntegralOutput)
        {
            throw new SolverException(
                $"case '{request.CaseId}': output '{output.Name}' [{output.Unit.Symbol}] is not offered by '{ModelId}'; it offers " +
                $"{IntegralOutput} [{integralUnit.Symbol}] and u_NAME [1] at the probe NAME_x, NAME_y, NAME_z (mm)");
        }

        var point = output.Name[2..];
        double Coordinate(string axis, int fromDimension) =>
            setup.Dimensions < fromDimension ? 0 : RequestReader.Parameter(request, $"{point}_{axis}", Unit.Parse("mm"), positive: false);
        return new CellCentreProbe(Coordinate("x", 1), Coordinate("y", 2), Coordinate("z", 3));
    }

    private static double Integral(ReadOnlySpan<double> u, double cellVolume)
    {
        // Compensated (Kahan) sum: the check is at round-off scale, so the output's own summation
        // error must stay far below it.
        var (sum, carry) = (0.0, 0.0);
        foreach (var value in u)
        {
            var y = (value * cellVolume) - carry;
            var next = sum + y;
            carry = (next - sum) - y;
            sum = next;
        }

        return sum;
    }
}
