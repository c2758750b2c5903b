using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class ExponentialLqSolverTests
{
    private const double LogSurvival = -0.36; // −(0.15·2 + 0.015·2²) per 2-Gy fraction

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NamedQuantity[] Schedule(double dose = 2, double count = 30, double first = 7.375, double interval = 1, double perWeek = 5, string unit = "day") =>
    [
        Q("a", 0.02, "1/day"), Q("lq_alpha", 0.15, "1/Gy"), Q("lq_beta", 0.015, "1/Gy^2"), Q("fraction_dose", dose, "Gy"),
        Q("fraction_count", count, "1"), Q("first_fraction", first, unit), Q("fraction_interval", interval, unit),
        Q("fractions_per_week", perWeek, "1"),
    ];

    private static SolveRequest Request(NamedQuantity[] parameters, double[] times) =>
        Requests.Build("exponential-lq", parameters, Q("V", 30000, "mm^3"), "day", times, numerics: Tight);

    // Independent closed form: V0·e^(a·t) times S for every fraction at or before t, fractions Monday–Friday.
    private static double Exact(double t)
    {
        var fractions = Enumerable.Range(0, 30).Count(k => 7.375 + (7 * (k / 5)) + (k % 5) <= t);
        return 30000 * Math.Exp((0.02 * t) + (fractions * LogSurvival));
    }

    [Fact]
    public async Task SolveAsync_WeekdaySchedule_MatchesClosedForm()
    {
        var times = Grid(600, 2400);
        var output = await new ExponentialLqSolver().SolveAsync(Request(Schedule(), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, Exact) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_SampleAtFractionTime_ShowsVolumeAfterFraction()
    {
        // Right-continuous state: at t = 7.375 the first fraction has been applied.
        double[] times = [0, 7.375, 8];
        var output = await new ExponentialLqSolver().SolveAsync(Request(Schedule(), times), Ct);
        var v = output.Series.Find("V")!.Values;

        Assert.Equal(30000 * Math.Exp((0.02 * 7.375) + LogSurvival), v[1], 1e-6);
    }

    [Fact]
    public async Task SolveAsync_FractionAtStartTime_ActsOnInitialVolume()
    {
        double[] times = [0, 1];
        var output = await new ExponentialLqSolver().SolveAsync(Request(Schedule(count: 1, first: 0), times), Ct);
        var v = output.Series.Find("V")!.Values;

        Assert.Equal(30000 * Math.Exp(LogSurvival), v[0], 1e-9);
        Assert.Equal(30000 * Math.Exp(0.02 + LogSurvival), v[1], 1e-6);
    }

    [Fact]
    public async Task SolveAsync_ScheduleInHours_GivesSameCurve()
    {
        // First fraction 7.375 days = 177 h, interval 24 h.
        var times = Grid(100, 400);
        var output = await new ExponentialLqSolver().SolveAsync(Request(Schedule(first: 177, interval: 24, unit: "h"), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, Exact) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_FractionalFractionCount_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new ExponentialLqSolver().SolveAsync(Request(Schedule(count: 29.5), Grid(10, 10)), Ct));
        Assert.Contains("'fraction_count'", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_WeekBlockLongerThanAWeek_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new ExponentialLqSolver().SolveAsync(Request(Schedule(interval: 2), Grid(10, 10)), Ct));
        Assert.Contains("do not fit in one week", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_FractionBeforeStart_ThrowsSolverException()
    {
        var request = Request(Schedule(first: -1), Grid(10, 10));
        var error = await Assert.ThrowsAsync<SolverException>(() => new ExponentialLqSolver().SolveAsync(request, Ct));
        Assert.Contains("before the start time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_DoseInCentigray_GivesSameCurve()
    {
        var parameters = Schedule();
        parameters[3] = Q("fraction_dose", 200, "cGy");
        var times = Grid(600, 600);
        var output = await new ExponentialLqSolver().SolveAsync(Request(parameters, times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, Exact) < 1e-8);
    }

    // Monotone dose–response: a larger dose per fraction never leaves more tumour at any time.
    [Property(MaxTest = 15)]
    public async Task<bool> SolveAsync_LargerFractionDose_NeverMoreTumour(PositiveInt doseCentigray, PositiveInt extraCentigray)
    {
        var dose = 0.5 + ((doseCentigray.Get % 300) / 100.0);
        var more = dose + (1 + (extraCentigray.Get % 100)) / 100.0;
        var times = Grid(100, 100);
        var low = await new ExponentialLqSolver().SolveAsync(Request(Schedule(dose: dose), times), Ct);
        var high = await new ExponentialLqSolver().SolveAsync(Request(Schedule(dose: more), times), Ct);
        var vLow = low.Series.Find("V")!.Values;
        var vHigh = high.Series.Find("V")!.Values;
        return Enumerable.Range(0, times.Length).All(i => vHigh[i] <= vLow[i] * (1 + 1e-9));
    }
}
