using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class LogisticGrowthSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent closed form: 1/V relaxes linearly to 1/K, 1/V = 1/K + (1/V0 − 1/K)·e^(−a·t).
    private static double Exact(double a, double k, double v0, double t) => 1.0 / ((1.0 / k) + (((1.0 / v0) - (1.0 / k)) * Math.Exp(-a * t)));

    private static SolveRequest Request(double a, NamedQuantity capacity, NamedQuantity initial, double[] times, string timeUnit = "day") =>
        Requests.Build("logistic-growth", [Q("a", a, $"1/{timeUnit}"), capacity], initial, timeUnit, times, numerics: Tight);

    [Fact]
    public async Task SolveAsync_GrowthToCapacity_MatchesClosedForm()
    {
        var times = Grid(40, 80);
        var output = await new LogisticGrowthSolver().SolveAsync(Request(0.35, Q("K", 4000, "mm^3"), Q("V", 5, "mm^3"), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => Exact(0.35, 4000, 5, t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_AboveCapacity_ShrinksToCapacityAsClosedForm()
    {
        var times = Grid(40, 40);
        var output = await new LogisticGrowthSolver().SolveAsync(Request(0.35, Q("K", 4000, "mm^3"), Q("V", 6000, "mm^3"), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => Exact(0.35, 4000, 6000, t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_CapacityInMillilitres_GivesSameCurve()
    {
        // 4000 mm³ = 4 mL = 4 cm³.
        var times = Grid(40, 40);
        var output = await new LogisticGrowthSolver().SolveAsync(Request(0.35, Q("K", 4, "mL"), Q("V", 5, "mm^3"), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => Exact(0.35, 4000, 5, t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_NonPositiveCapacity_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new LogisticGrowthSolver().SolveAsync(Request(0.35, Q("K", 0, "mm^3"), Q("V", 5, "mm^3"), Grid(10, 10)), Ct));
        Assert.Contains("'K'", error.Message, StringComparison.Ordinal);
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }

    // Bounded by the carrying capacity and never negative, for any rate and any start below K.
    [Property(MaxTest = 30)]
    public async Task<bool> SolveAsync_StartBelowCapacity_StaysWithinZeroAndCapacity(PositiveInt rateThousandths, PositiveInt startPermille)
    {
        var a = (1 + (rateThousandths.Get % 2000)) / 1000.0;
        var v0 = 4000 * (1 + (startPermille.Get % 998)) / 1000.0;
        var output = await new LogisticGrowthSolver().SolveAsync(Request(a, Q("K", 4000, "mm^3"), Q("V", v0, "mm^3"), Grid(100, 50)), Ct);
        return output.Series.Find("V")!.Values.All(v => v > 0 && v <= 4000 * (1 + 1e-9));
    }
}
