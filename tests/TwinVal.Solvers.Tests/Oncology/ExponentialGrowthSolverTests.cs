using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class ExponentialGrowthSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(NamedQuantity rate, NamedQuantity initial, string timeUnit, double[] times) =>
        Requests.Build("exponential-growth", [rate], initial, timeUnit, times, numerics: Tight);

    [Fact]
    public async Task SolveAsync_Growth_MatchesClosedForm()
    {
        var times = Grid(30, 60);
        var output = await new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 0.3, "1/day"), Q("V", 1, "mm^3"), "day", times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => Math.Exp(0.3 * t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_NegativeRate_DecaysAsClosedForm()
    {
        var times = Grid(30, 30);
        var output = await new ExponentialGrowthSolver().SolveAsync(Request(Q("a", -0.1, "1/day"), Q("V", 500, "mm^3"), "day", times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => 500 * Math.Exp(-0.1 * t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_RatePerWeekVolumeInCubicCentimetres_GivesSameCurve()
    {
        // 0.3 /day = 2.1 /week; 1 mm³ = 0.001 cm³; output in cm³ and weeks.
        var weeks = Grid(30.0 / 7, 30);
        var output = await new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 2.1, "1/week"), Q("V", 0.001, "cm^3"), "week", weeks), Ct);

        // The solver reports V in its own unit (mm³); the harness converts to the case's unit when comparing. atol = 1e-10
        // is now in cm³ (1e-7 mm³), so the first samples carry up to ~1e-7 relative error; a unit slip would be a factor 7 or 1000.
        var v = output.Series.Find("V")!;
        var toCubicCentimetres = v.Unit.FactorTo(Unit.Parse("cm^3"));
        Assert.True(MaxRelativeError([.. v.Values.Select(x => x * toCubicCentimetres)], weeks, w => 0.001 * Math.Exp(0.3 * 7 * w)) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_ZeroInitialVolume_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 0.3, "1/day"), Q("V", 0, "mm^3"), "day", Grid(10, 10)), Ct));
        Assert.Contains("'V'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_RateInWrongDimension_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 0.3, "mm^3"), Q("V", 1, "mm^3"), "day", Grid(10, 10)), Ct));
        Assert.Contains("parameter 'a'", error.Message, StringComparison.Ordinal);
    }

    // Time-translation invariance of an autonomous law: starting the same tumour later shifts the curve, nothing else.
    [Property(MaxTest = 20)]
    public async Task<bool> SolveAsync_ShiftedStart_ShiftsCurve(PositiveInt shiftDays)
    {
        var shift = shiftDays.Get % 100;
        var times = Grid(20, 20);
        var shifted = times.Select(t => t + shift).ToArray();
        var a = await new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 0.2, "1/day"), Q("V", 3, "mm^3"), "day", times), Ct);
        var b = await new ExponentialGrowthSolver().SolveAsync(Request(Q("a", 0.2, "1/day"), Q("V", 3, "mm^3"), "day", shifted), Ct);
        var va = a.Series.Find("V")!.Values;
        var vb = b.Series.Find("V")!.Values;
        return Enumerable.Range(0, times.Length).All(i => Math.Abs(va[i] - vb[i]) <= 1e-9 * va[i]);
    }
}
