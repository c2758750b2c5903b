using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>passive-cable</c>: the 1-D passive cable τ·∂V/∂t = λ²·∂²V/∂x² − V (Rall 1969,
/// doi:10.1016/S0006-3495(69)86467-2; Koch 1999, Biophysics of Computation, ch. 2) on a finite cable of length
/// <c>L</c>, current <c>I_inj</c> injected at x = 0, sealed end at x = L. Parameters <c>tau</c> (membrane time
/// constant, ms), <c>lambda</c> (length constant, mm), <c>L</c> (mm), <c>r_a</c> (axial resistance per length,
/// MΩ/mm); initial value <c>V</c> (uniform deviation from rest, mV); input <c>I_inj</c> (nA, zero when absent);
/// <c>numerics.dx</c> the cell size (must divide L). Outputs <c>V_P</c>, P an integer 0–100: V at x = P % of L.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class PassiveCableSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "passive-cable";

    private static readonly Unit Ms = Unit.Parse("ms");
    private static readonly Unit Mm = Unit.Parse("mm");
    private static readonly Unit Potential = Unit.Parse("mV");
    private static readonly Unit AxialResistance = Unit.Parse("MΩ/mm");
    private static readonly Unit Current = Unit.Parse("nA");

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var tau = RequestReader.Parameter(request, "tau", Ms);
        var lambda = RequestReader.Parameter(request, "lambda", Mm);
        var length = RequestReader.Parameter(request, "L", Mm);
        var axial = RequestReader.Parameter(request, "r_a", AxialResistance);
        var current = RequestReader.Input(request, "I_inj", Current, Ms);
        var dx = request.Numerics.Dx is { } d
            ? RequestReader.Convert(request, "numerics.dx", d, Mm, positive: true)
            : throw new SolverException($"case '{request.CaseId}': model '{ModelId}' needs numerics.dx (the cell size, a length that divides L)");
        var cells = (int)Math.Round(length / dx);

        // The cells must tile [0, L] exactly, else the sealed end would sit at the wrong place.
        if (cells < 4 || Math.Abs((cells * dx) - length) > 1e-9 * length)
        {
            throw new SolverException(string.Create(CultureInfo.InvariantCulture,
                $"case '{request.CaseId}': numerics.dx = {dx:R} mm must divide L = {length:R} mm into at least 4 equal cells"));
        }

        var columns = Columns(request);
        var y0 = new double[cells];
        Array.Fill(y0, RequestReader.Initial(request, "V", Potential));
        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, Ms, positive: false);
        var choice = IntegratorChoice.From(request, new OdeModel(ModelId, Ms, [new StateVariable("V", Potential)]));
        var times = OdeRun.SampleTimes(request, new OdeModel(ModelId, Ms, []), t0);
        var result = new double[times.Length * cells];
        var system = new PassiveCableSystem(cells, dx, lambda, tau, axial, current);

        // The grid is stiff (fastest rate ≈ 4λ²/(τ·dx²)); the explicit pair is stability-limited but cheap per step
        // for the few hundred cells a code-verification grid needs, and it keeps the shared, verified driver.
        var options = choice.Options with { StopTimes = [.. current.StopTimes], MaxSteps = 50_000_000 };
        var stats = OdeRun.Integrate(request, ModelId, ref system, choice, options, t0, y0, times, result, cancellationToken);

        var series = columns.Select(c =>
        {
            var values = new double[times.Length];
            for (var row = 0; row < values.Length; row++)
            {
                var gradientAtOrigin = -axial * current.ValueAt(times[row]);
                values[row] = At(result.AsSpan(row * cells, cells), dx, c.Fraction * length, gradientAtOrigin);
            }

            return new Series(c.Name, Potential, ImmutableArray.Create(values));
        });
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        var diagnostics = new SolverDiagnostics(
            $"{choice.Method}, {cells} cells", stats.AcceptedSteps, stats.RejectedSteps, stats.RhsEvaluations, 0, Clock.GetElapsedTime(started), choice.Notes);
        return new SolverOutput(table, [], diagnostics);
    }

    /// <summary>
    /// V at <paramref name="x"/> from the cell-centre values: linear between centres; before the first centre along
    /// the prescribed gradient at x = 0, after the last centre constant (sealed end). All are O(dx²) like the centres.
    /// </summary>
    internal static double At(ReadOnlySpan<double> v, double dx, double x, double gradientAtOrigin)
    {
        var s = (x / dx) - 0.5;
        if (s <= 0)
        {
            return v[0] + (s * dx * gradientAtOrigin);
        }

        if (s >= v.Length - 1)
        {
            return v[^1];
        }

        var i = (int)Math.Floor(s);
        var w = s - i;
        return ((1 - w) * v[i]) + (w * v[i + 1]);
    }

    private static List<(string Name, double Fraction)> Columns(SolveRequest request) =>
        [.. request.Outputs.Variables.Select(v =>
            v.Name.StartsWith("V_", StringComparison.Ordinal)
                && int.TryParse(v.Name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
                && percent <= 100 && v.Unit.IsCompatibleWith(Potential)
                ? (v.Name, percent / 100.0)
                : throw new SolverException(
                    $"case '{request.CaseId}' requests '{v.Name}' [{v.Unit.Symbol}]; model '{ModelId}' provides V_P in mV, P an integer 0–100 (V at P % of L)"))];
}
