using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class GompertzSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent closed form: ln(V/K) decays like e^(−βt), so V = K·(V0/K)^(e^(−βt)).
    private static double Exact(double days) => 11850 * Math.Pow(1.0 / 11850, Math.Exp(-0.0792 * days));

    private static SolveRequest Request(NamedQuantity capacity, NamedQuantity initial, string timeUnit = "day", double[]? times = null) =>
        Build("gompertz", [Q("beta", 0.0792, "1/day"), capacity], initial, timeUnit, times ?? Grid(60, 120), numerics: new NumericsSettings(1e-10, 1e-10));

    [Fact]
    public async Task SolveAsync_LlcParameters_MatchesClosedForm()
    {
        var times = Grid(60, 120);
        var output = await new GompertzSolver().SolveAsync(Request(Q("K", 11850, "mm^3"), Q("V", 1, "mm^3")), Ct);

        var v = output.Series.Find("V")!.Values;
        Assert.All(Enumerable.Range(0, times.Length), i => Assert.Equal(Exact(times[i]), v[i], 1e-6 + (1e-8 * Exact(times[i]))));
    }

    [Fact]
    public async Task SolveAsync_CapacityInCubicCentimetresAndTimeInWeeks_GiveSameVolume()
    {
        // 11850 mm³ = 11.85 cm³; 60 days = 60/7 weeks.
        var weeks = Grid(60.0 / 7, 60);
        var output = await new GompertzSolver().SolveAsync(Request(Q("K", 11.85, "cm^3"), Q("V", 1, "mm^3"), "week", weeks), Ct);

        var v = output.Series.Find("V")!.Values;
        Assert.All(Enumerable.Range(0, weeks.Length), i => Assert.Equal(Exact(weeks[i] * 7), v[i], 1e-6 + (1e-8 * Exact(weeks[i] * 7))));
    }

    [Fact]
    public async Task SolveAsync_NonPositiveInitialVolume_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new GompertzSolver().SolveAsync(Request(Q("K", 11850, "mm^3"), Q("V", 0, "mm^3")), Ct));
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_MissingCapacity_ThrowsSolverException()
    {
        var request = Build("gompertz", [Q("beta", 0.0792, "1/day")], Q("V", 1, "mm^3"), "day", Grid(60, 10));
        var error = await Assert.ThrowsAsync<SolverException>(() => new GompertzSolver().SolveAsync(request, Ct));
        Assert.Contains("'K'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_RequestForOtherModel_ThrowsSolverException()
    {
        var request = Build("windkessel2", [Q("beta", 0.0792, "1/day"), Q("K", 11850, "mm^3")], Q("V", 1, "mm^3"), "day", Grid(60, 10));
        await Assert.ThrowsAsync<SolverException>(() => new GompertzSolver().SolveAsync(request, Ct));
    }
}
