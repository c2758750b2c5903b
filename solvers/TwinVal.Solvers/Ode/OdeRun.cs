using System.Collections.Immutable;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;

namespace TwinVal.Solvers.Ode;

/// <summary>
/// The part every built-in ODE solver shares: initial state and sample times in internal units, integration with the
/// chosen method and the inputs' jumps as stop times, and the output table and diagnostics.
/// </summary>
internal static class OdeRun
{
    /// <summary>Integrates <paramref name="system"/> for <paramref name="request"/> and packages the result.</summary>
    /// <exception cref="SolverException">Any failure the request or the integration explains.</exception>
    public static SolverOutput Run<TSystem>(
        SolveRequest request, OdeModel model, ref TSystem system, IEnumerable<InputChannel> inputs, TimeProvider clock, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        var started = clock.GetTimestamp();
        if (!string.Equals(request.Model.Id, model.Id, StringComparison.Ordinal))
        {
            throw new SolverException($"case '{request.CaseId}' is for model '{request.Model.Id}', but this solver implements '{model.Id}'");
        }

        var columns = RequestedStates(request, model);
        var y0 = model.States.Select(s => RequestReader.Initial(request, s.Name, s.Unit)).ToArray();
        var choice = IntegratorChoice.From(request, model);
        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, model.TimeUnit, positive: false);
        var times = SampleTimes(request, model, t0);
        var options = choice.Options with { StopTimes = [.. inputs.SelectMany(i => i.StopTimes)] };
        var n = model.States.Length;
        var result = new double[times.Length * n];
        var stats = Integrate(request, model.Id, ref system, choice, options, t0, y0, times, result, cancellationToken);

        var table = OdeRun.Table(request, model, columns, times.Length, result);
        var diagnostics = new SolverDiagnostics(
            choice.Method, stats.AcceptedSteps, stats.RejectedSteps, stats.RhsEvaluations, 0, clock.GetElapsedTime(started), choice.Notes);
        return new SolverOutput(table, [], diagnostics);
    }

    /// <summary>
    /// The requested <paramref name="columns"/> of a row-major integration result (one row of all model states per
    /// sample time) as the output table, with the request's sample times as its time column.
    /// </summary>
    internal static SeriesTable Table(SolveRequest request, OdeModel model, IEnumerable<StateVariable> columns, int rows, double[] result)
    {
        var n = model.States.Length;
        var series = columns.Select(c =>
        {
            var index = model.States.IndexOf(c);
            var values = new double[rows];
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = result[(row * n) + index];
            }

            return new Series(c.Name, c.Unit, ImmutableArray.Create(values));
        });
        return new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
    }

    internal static ImmutableArray<StateVariable> RequestedStates(SolveRequest request, OdeModel model) =>
    [
        .. request.Outputs.Variables.Select(v =>
        {
            var state = model.States.FirstOrDefault(s => string.Equals(s.Name, v.Name, StringComparison.Ordinal))
                ?? throw new SolverException(
                    $"case '{request.CaseId}' requests variable '{v.Name}', which model '{model.Id}' does not have; it provides: " +
                    string.Join(", ", model.States.Select(s => s.Name)));
            return state.Unit.IsCompatibleWith(v.Unit)
                ? state
                : throw new SolverException(
                    $"case '{request.CaseId}' requests variable '{v.Name}' in '{v.Unit.Symbol}' ({v.Unit.Dimension}), but model " +
                    $"'{model.Id}' computes it in '{state.Unit.Symbol}' ({state.Unit.Dimension})");
        }),
    ];

    internal static double[] SampleTimes(SolveRequest request, OdeModel model, double t0)
    {
        var outputs = request.Outputs;
        if (!outputs.TimeUnit.IsCompatibleWith(model.TimeUnit))
        {
            throw new SolverException($"case '{request.CaseId}': output time unit '{outputs.TimeUnit.Symbol}' is not a unit of time");
        }

        if (outputs.SampleTimes.IsDefaultOrEmpty)
        {
            throw new SolverException($"case '{request.CaseId}': no sample times requested");
        }

        var factor = outputs.TimeUnit.FactorTo(model.TimeUnit);
        var times = outputs.SampleTimes.Select(t => t * factor).ToArray();
        for (var i = 0; i < times.Length; i++)
        {
            var ordered = i == 0 ? times[0] >= t0 : times[i] > times[i - 1];
            if (!double.IsFinite(times[i]) || !ordered)
            {
                throw new SolverException(
                    $"case '{request.CaseId}': sample times must be finite, not before the start time and strictly increasing; " +
                    $"sample {i} = {outputs.SampleTimes[i]:R} {outputs.TimeUnit.Symbol} breaks this");
            }
        }

        return times;
    }

    /// <summary>
    /// Integrates with the method of <paramref name="choice"/> (Dormand–Prince 5(4) when it names no fixed-step
    /// tableau) and <paramref name="options"/>; an integration failure becomes a <see cref="SolverException"/> naming
    /// the case, the model and the method.
    /// </summary>
    public static IntegrationStatistics Integrate<TSystem>(
        SolveRequest request, string modelId, ref TSystem system, IntegratorChoice choice, IntegrationOptions options, double t0, double[] y0,
        ReadOnlySpan<double> outputTimes, Span<double> output, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        try
        {
            return choice.Tableau is null
                ? DormandPrince54.Integrate(ref system, t0, y0, outputTimes, output, options, cancellationToken)
                : ExplicitRungeKutta.Integrate(ref system, choice.Tableau, t0, y0, outputTimes, output, options, cancellationToken);
        }
        catch (IntegrationException ex)
        {
            throw new SolverException($"case '{request.CaseId}', model '{modelId}' ({choice.Method}): {ex.Message}", ex);
        }
    }
}
