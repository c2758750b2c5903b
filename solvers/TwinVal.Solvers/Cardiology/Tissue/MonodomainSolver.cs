using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics;
using TwinVal.Solvers.Cardiology.TenTusscher;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// Built-in solver of model <c>monodomain-tp06-epi</c>: monodomain cardiac tissue on a box of nodes (cable, sheet or
/// slab: a zero extent removes the axis) with fibres along x and ten Tusscher–Panfilov 2006 epicardial kinetics
/// (doi:10.1152/ajpheart.00109.2006), set up as the Niederer et al. 2011 benchmark (doi:10.1098/rsta.2011.0139).
/// Parameters: <c>L_x</c>, <c>L_y</c>, <c>L_z</c>, <c>grid_spacing</c> (lengths); <c>sigma_il</c>, <c>sigma_it</c>,
/// <c>sigma_el</c>, <c>sigma_et</c> (conductivities); <c>chi</c> (surface-to-volume); <c>C_m</c> (capacitance per
/// area); <c>stim_amplitude</c> (current per volume), <c>stim_onset</c>, <c>stim_duration</c>, <c>stim_size</c>
/// (corner cube edge); <c>K_o</c>, <c>Na_o</c>, <c>Ca_o</c>; the nineteen cell states as initial values (uniform).
/// Outputs <c>V_NAME</c> are the membrane potential at the point given by parameters <c>NAME_x</c>, <c>NAME_y</c>,
/// <c>NAME_z</c>; outputs <c>delay_FROM_TO</c> [ms] are the conduction delay t_act(TO) − t_act(FROM) between two such
/// points (names without '_'), activation being the first rising 0 mV crossing located between solver steps, and 0
/// until both points have activated. Numerics: <c>fixed-step</c> (required; at most the explicit diffusion limit);
/// <c>dx</c> (optional; replaces the parameter <c>grid_spacing</c>, so a dx refinement ladder refines the lattice);
/// method <c>rush-larsen</c> (the only one; may be omitted).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class MonodomainSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "monodomain-tp06-epi";

    private static readonly Unit Mm = Unit.Parse("mm");
    private static readonly Unit Ms = Unit.Parse("ms");

    // Activation = first rising crossing of 0 mV, the definition of the Niederer 2011 benchmark (doi:10.1098/rsta.2011.0139).
    private const double ActivationThreshold = 0.0;

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var setup = ReadSetup(request);
        var tissue = new MonodomainTissue(setup);
        var dt = FixedStep(request, tissue.StableTimeStep);
        var clocks = new Dictionary<string, ActivationClock>(StringComparer.Ordinal);
        var columnsOut = request.Outputs.Variables.Select(o => Column(request, o.Name, o.Unit, setup, clocks)).ToArray();
        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, Ms, positive: false);
        var factor = request.Outputs.TimeUnit.FactorTo(Ms);
        var times = request.Outputs.SampleTimes.Select(t => t * factor).ToArray();
        var columns = columnsOut.Select(_ => new double[times.Length]).ToArray();
        var watched = clocks.Values.ToArray();
        var breaks = times.Concat([setup.StimulusOnset, setup.StimulusEnd]).Where(b => b > t0).Distinct().Order().ToArray();
        var t = t0;
        var row = 0;
        var steps = 0L;
        Observe(watched, t, tissue);
        Record(ref row, t, times, columnsOut, columns, tissue);
        foreach (var target in breaks)
        {
            var count = Math.Max(1, (long)Math.Ceiling((target - t) / dt * (1 - 1e-12)));
            var start = t;
            for (var i = 0L; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = i == count - 1 ? target : start + ((i + 1) * (target - start) / count);
                tissue.Step(t, next - t);
                t = next;
                steps++;
                Observe(watched, t, tissue);
            }

            CheckFinite(request, tissue, t);
            Record(ref row, t, times, columnsOut, columns, tissue);
        }

        var series = request.Outputs.Variables.Select((o, i) => new Series(o.Name, o.Unit, ImmutableArray.Create(columns[i])));
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        var (nx, ny, nz) = setup.Nodes;
        ImmutableArray<string> notes =
        [
            string.Create(CultureInfo.InvariantCulture, $"{nx}×{ny}×{nz} nodes, h = {setup.Spacing:G6} mm, dt = {dt:G6} ms (explicit limit {tissue.StableTimeStep:G6} ms)"),
        ];
        var diagnostics = new SolverDiagnostics(RushLarsen.MethodName, steps, 0, steps * tissue.NodeCount, 0, Clock.GetElapsedTime(started), notes);
        return new SolverOutput(table, [], diagnostics);
    }

    private static void Observe(ActivationClock[] clocks, double t, MonodomainTissue tissue)
    {
        foreach (var clock in clocks)
        {
            clock.Observe(t, tissue.Potential);
        }
    }

    private static void Record(ref int row, double t, double[] times, OutputColumn[] outputs, double[][] columns, MonodomainTissue tissue)
    {
        while (row < times.Length && times[row] <= t + 1e-9)
        {
            for (var p = 0; p < outputs.Length; p++)
            {
                columns[p][row] = outputs[p].Value(tissue.Potential);
            }

            row++;
        }
    }

    private static void CheckFinite(SolveRequest request, MonodomainTissue tissue, double t)
    {
        var v = tissue.Potential;
        for (var c = 0; c < v.Length; c++)
        {
            if (!double.IsFinite(v[c]))
            {
                throw new SolverException(string.Create(
                    CultureInfo.InvariantCulture, $"case '{request.CaseId}': membrane potential not finite at node {c} by t = {t:G6} ms"));
            }
        }
    }

    private static MonodomainSetup ReadSetup(SolveRequest request)
    {
        double P(string name, string unit, bool positive = true) => RequestReader.Parameter(request, name, Unit.Parse(unit), positive);
        // A requested dx (a refinement ladder's level) replaces the case's lattice spacing.
        var h = request.Numerics.Dx is { } dx ? RequestReader.Convert(request, "numerics.dx", dx, Mm, positive: true) : P("grid_spacing", "mm");
        var nodes = (Count(request, "L_x", P("L_x", "mm", false), h), Count(request, "L_y", P("L_y", "mm", false), h), Count(request, "L_z", P("L_z", "mm", false), h));
        // Monodomain conductivity per direction: the series combination of intra- and extracellular (Niederer 2011, §2).
        var sigmaL = Harmonic(P("sigma_il", "S/m"), P("sigma_el", "S/m"));
        var sigmaT = Harmonic(P("sigma_it", "S/m"), P("sigma_et", "S/m"));
        var chiCm = P("chi", "1/m") * P("C_m", "F/m^2"); // F/m³
        const double SquareMetresPerSecondInMm2PerMs = 1e3;
        var dL = sigmaL / chiCm * SquareMetresPerSecondInMm2PerMs;
        var dT = sigmaT / chiCm * SquareMetresPerSecondInMm2PerMs;
        var stimulusRate = P("stim_amplitude", "A/m^3", false) / chiCm; // V/s = mV/ms
        var onset = P("stim_onset", "ms", false);
        var initial = TenTusscherState.Names.Select((name, i) => RequestReader.Initial(request, name, TenTusscherSolver.StateUnit(i))).ToArray();
        return new MonodomainSetup(
            nodes, h, (dL, dT, dT), stimulusRate, onset, onset + P("stim_duration", "ms"), P("stim_size", "mm", false),
            TenTusscherSolver.ReadBath(request), initial);
    }

    private static double Harmonic(double a, double b) => a * b / (a + b);

    private static int Count(SolveRequest request, string name, double length, double h)
    {
        var cells = length / h;
        var n = Math.Round(cells);
        if (length < 0 || Math.Abs(cells - n) > 1e-9 * Math.Max(1, cells) || n + 1 > 100_000)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{request.CaseId}': parameter '{name}' = {length:G6} mm must be ≥ 0 and a whole number of grid spacings ({h:G6} mm); it is {cells:G6}"));
        }

        return (int)n + 1;
    }

    private static double FixedStep(SolveRequest request, double limit)
    {
        var numerics = request.Numerics;
        if (numerics.Method is { } method && !string.Equals(method, RushLarsen.MethodName, StringComparison.OrdinalIgnoreCase))
        {
            throw new SolverException($"case '{request.CaseId}': numerics method '{method}' is not offered by '{ModelId}'; it offers: {RushLarsen.MethodName}");
        }

        if (numerics.FixedStep is not { } step)
        {
            throw new SolverException($"case '{request.CaseId}': '{ModelId}' is a fixed-step solver and needs numerics.fixed-step");
        }

        var dt = RequestReader.Convert(request, "numerics fixed step", step, Ms, positive: true);
        if (dt > limit * (1 + 1e-12))
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{request.CaseId}': fixed step {dt:G6} ms exceeds the explicit diffusion limit {limit:G6} ms = 1/(2·Σ D/h²) by {((dt / limit) - 1) * 100:G3} %; forward Euler diffusion would be unstable — use a step at or below the limit"));
        }

        return dt;
    }

    private static OutputColumn Column(SolveRequest request, string variable, Unit unit, MonodomainSetup setup, Dictionary<string, ActivationClock> clocks)
    {
        static bool Exactly(Unit unit, string symbol) => unit.IsCompatibleWith(Unit.Parse(symbol)) && unit.FactorTo(Unit.Parse(symbol)) == 1;
        if (variable.StartsWith("V_", StringComparison.Ordinal) && Exactly(unit, "mV"))
        {
            return OutputColumn.Potential(Probe(request, variable[2..], setup));
        }

        var names = variable.Split('_');
        if (names is ["delay", { Length: > 0 } from, { Length: > 0 } to] && Exactly(unit, "ms"))
        {
            ActivationClock Clock(string name) =>
                clocks.TryGetValue(name, out var clock) ? clock : clocks[name] = new ActivationClock(Probe(request, name, setup), ActivationThreshold);
            return OutputColumn.Delay(Clock(from), Clock(to));
        }

        throw new SolverException(
            $"case '{request.CaseId}': output '{variable}' [{unit.Symbol}] is not offered by '{ModelId}'; it offers V_NAME [mV], the potential at the point NAME_x, NAME_y, NAME_z, and delay_FROM_TO [ms], the conduction delay between two such points");
    }

    private static ProbePoint Probe(SolveRequest request, string name, MonodomainSetup setup)
    {
        var h = setup.Spacing;
        var extent = (X: (setup.Nodes.X - 1) * h, Y: (setup.Nodes.Y - 1) * h, Z: (setup.Nodes.Z - 1) * h);
        double Coordinate(string axis, double max)
        {
            var value = RequestReader.Parameter(request, $"{name}_{axis}", Mm, positive: false);
            return value >= -1e-9 && value <= max + 1e-9
                ? value
                : throw new SolverException(string.Create(
                    CultureInfo.InvariantCulture, $"case '{request.CaseId}': point {name}_{axis} = {value:G6} mm lies outside the tissue [0, {max:G6}] mm"));
        }

        return new ProbePoint(setup.Nodes, h, Coordinate("x", extent.X), Coordinate("y", extent.Y), Coordinate("z", extent.Z));
    }
}
