using System.Collections.Immutable;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Runs a growth law under fractionated radiotherapy: integrates between fraction times and multiplies the volume (state
/// 0) by the surviving fraction at each fraction. The state is right-continuous: a sample at a fraction time shows the
/// volume just after the fraction, and a fraction at the start time acts on the initial volume.
/// </summary>
internal static class FractionatedRun
{
    /// <summary>Integrates <paramref name="system"/> for <paramref name="request"/> under <paramref name="schedule"/>.</summary>
    /// <exception cref="SolverException">Any failure the request or the integration explains.</exception>
    public static SolverOutput Run<TSystem>(
        SolveRequest request, OdeModel model, ref TSystem system, RadiotherapySchedule schedule, TimeProvider clock, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        var started = clock.GetTimestamp();
        if (!string.Equals(request.Model.Id, model.Id, StringComparison.Ordinal))
        {
            throw new SolverException($"case '{request.CaseId}' is for model '{request.Model.Id}', but this solver implements '{model.Id}'");
        }

        var columns = OdeRun.RequestedStates(request, model);
        var y = model.States.Select(s => RequestReader.Initial(request, s.Name, s.Unit)).ToArray();
        var choice = IntegratorChoice.From(request, model);
        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, model.TimeUnit, positive: false);
        var times = OdeRun.SampleTimes(request, model, t0);
        var n = model.States.Length;
        var result = new double[times.Length * n];
        var stats = new IntegrationStatistics(0, 0, 0);
        var t = t0;
        var row = 0;
        foreach (var fraction in schedule.Times)
        {
            if (fraction < t0)
            {
                throw new SolverException(
                    $"case '{request.CaseId}': a radiotherapy fraction at t = {fraction:R} {model.TimeUnit.Symbol} falls before the start time {t0:R} {model.TimeUnit.Symbol}");
            }

            if (fraction > times[^1])
            {
                break;
            }

            var end = row;
            while (end < times.Length && times[end] < fraction)
            {
                end++;
            }

            if (fraction > t)
            {
                // Integrate to the fraction, reporting the samples before it and the state at the fraction itself.
                var segmentTimes = new double[end - row + 1];
                times.AsSpan(row, end - row).CopyTo(segmentTimes);
                segmentTimes[^1] = fraction;
                var segment = new double[segmentTimes.Length * n];
                stats = Add(stats, OdeRun.Integrate(request, model.Id, ref system, choice, choice.Options, t, y, segmentTimes, segment, cancellationToken));
                segment.AsSpan(0, (end - row) * n).CopyTo(result.AsSpan(row * n));
                segment.AsSpan((segmentTimes.Length - 1) * n, n).CopyTo(y);
                t = fraction;
            }

            row = end;
            y[0] *= schedule.SurvivingFraction;
        }

        if (row < times.Length)
        {
            stats = Add(stats, OdeRun.Integrate(request, model.Id, ref system, choice, choice.Options, t, y, times.AsSpan(row), result.AsSpan(row * n), cancellationToken));
        }

        var series = columns.Select(c =>
        {
            var index = model.States.IndexOf(c);
            var values = new double[times.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = result[(i * n) + index];
            }

            return new Series(c.Name, c.Unit, ImmutableArray.Create(values));
        });
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        var notes = choice.Notes.Add($"{schedule.Times.Count(f => f <= times[^1])} radiotherapy fractions applied, surviving fraction {schedule.SurvivingFraction:R} each");
        var diagnostics = new SolverDiagnostics(
            choice.Method, stats.AcceptedSteps, stats.RejectedSteps, stats.RhsEvaluations, 0, clock.GetElapsedTime(started), notes);
        return new SolverOutput(table, [], diagnostics);
    }

    private static IntegrationStatistics Add(IntegrationStatistics a, IntegrationStatistics b) =>
        new(a.AcceptedSteps + b.AcceptedSteps, a.RejectedSteps + b.RejectedSteps, a.RhsEvaluations + b.RhsEvaluations);
}
