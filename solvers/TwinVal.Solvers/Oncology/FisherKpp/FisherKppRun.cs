using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// The part both proliferation–invasion solvers share: reading the request, advancing the model through the sample
/// times (and, for speeds, through t ± w/2 around each), and packaging the visible-front series.
/// </summary>
/// <remarks>
/// Outputs: <c>front_t1</c>/<c>front_t2</c> (mm), the distance from the origin of the outermost point at density
/// threshold_t1/threshold_t2; <c>speed_t1</c>/<c>speed_t2</c> (mm/day), the centred difference quotient
/// (front(t + w/2) − front(t − w/2))/w with w = speed_window (clipped to [start, t + w/2] at samples closer than w/2 to
/// the start, and then noted in the diagnostics); <c>volume_t1</c>/<c>volume_t2</c> (mm³, three dimensions
/// only), the volume at or above the threshold.
/// </remarks>
internal static class FisherKppRun
{
    private static readonly ImmutableArray<StateVariable> Columns =
    [
        new("front_t1", FisherKppUnits.Millimetre),
        new("front_t2", FisherKppUnits.Millimetre),
        new("speed_t1", FisherKppUnits.Speed),
        new("speed_t2", FisherKppUnits.Speed),
        new("volume_t1", GrowthUnits.Volume),
        new("volume_t2", GrowthUnits.Volume),
    ];

    /// <exception cref="SolverException">Any failure the request or the integration explains.</exception>
    public static SolverOutput Run(
        SolveRequest request, string modelId, Func<FisherKppSettings, IFrontModel> create, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var odeModel = new OdeModel(modelId, GrowthUnits.Day, Columns);
        if (!string.Equals(request.Model.Id, modelId, StringComparison.Ordinal))
        {
            throw new SolverException($"case '{request.CaseId}' is for model '{request.Model.Id}', but this solver implements '{modelId}'");
        }

        var settings = FisherKppRequest.Read(request);
        var requested = OdeRun.RequestedStates(request, odeModel);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var suffix in requested.Select(c => c.Name[^2..]).Distinct())
        {
            thresholds[suffix] = FisherKppRequest.Threshold(request, $"threshold_{suffix}");
        }

        if (requested.Any(c => c.Name.StartsWith("volume", StringComparison.Ordinal)) && settings.Dimension != 3)
        {
            throw FisherKppRequest.Fail(request, $"volume outputs need dimension 3 (got {settings.Dimension}); request front_* instead");
        }

        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, GrowthUnits.Day, positive: false);
        var samples = OdeRun.SampleTimes(request, odeModel, t0);
        var window = requested.Any(c => c.Name.StartsWith("speed", StringComparison.Ordinal))
            ? RequestReader.Parameter(request, "speed_window", GrowthUnits.Day)
            : 0.0;
        var model = create(settings);
        var readings = new ReadingTimes(t0, samples, window);
        var fronts = thresholds.ToDictionary(p => p.Key, _ => new double[readings.Times.Length], StringComparer.Ordinal);
        var volumes = thresholds.ToDictionary(p => p.Key, _ => new double[readings.Times.Length], StringComparer.Ordinal);
        var needVolume = requested.Any(c => c.Name.StartsWith("volume", StringComparison.Ordinal));
        var now = t0;
        for (var r = 0; r < readings.Times.Length; r++)
        {
            if (readings.Times[r] > now)
            {
                model.Advance(now, readings.Times[r], cancellationToken);
                now = readings.Times[r];
            }

            foreach (var (suffix, level) in thresholds)
            {
                fronts[suffix][r] = Read(request, model.Front, level, now);
                volumes[suffix][r] = needVolume ? Read(request, model.Volume, level, now) : 0.0;
            }
        }

        var series = requested.Select(c => new Series(c.Name, c.Unit, Column(c.Name, readings, fronts, volumes, window)));
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        var diagnostics = new SolverDiagnostics(model.Method, model.Steps, 0, model.Steps, 0, clock.GetElapsedTime(started), ClippedNotes(readings, window));
        return new SolverOutput(table, [], diagnostics);
    }

    // A clipped speed is a one-sided quotient over a shorter window: said in the run's diagnostics, never silent.
    private static ImmutableArray<string> ClippedNotes(ReadingTimes readings, double window) => readings.Clipped.Length == 0
        ? []
        : [string.Create(CultureInfo.InvariantCulture,
            $"speed_window {window:G6} day reaches before the start at {readings.Clipped.Length} sample(s) (first t = {readings.Clipped[0]:G6} day): their speed is the one-sided quotient over [start, t + w/2]")];

    private static double Read(SolveRequest request, Func<double, double> reading, double level, double time)
    {
        try
        {
            return reading(level);
        }
        catch (SolverException ex)
        {
            throw FisherKppRequest.Fail(request, $"at t = {time:G6} day, {ex.Message}");
        }
    }

    private static ImmutableArray<double> Column(
        string name, ReadingTimes readings, Dictionary<string, double[]> fronts, Dictionary<string, double[]> volumes, double window)
    {
        var suffix = name[^2..];
        var values = new double[readings.Samples.Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = name[..^3] switch
            {
                "front" => fronts[suffix][readings.SampleIndex[k]],
                "volume" => volumes[suffix][readings.SampleIndex[k]],
                _ => (fronts[suffix][readings.AfterIndex[k]] - fronts[suffix][readings.BeforeIndex[k]]) / readings.Width[k],
            };
        }

        return ImmutableArray.Create(values);
    }
}
