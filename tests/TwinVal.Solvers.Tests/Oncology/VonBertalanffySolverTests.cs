using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class VonBertalanffySolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent closed form: the cube root u = V^(1/3) relaxes exponentially to a/b at rate b/3.
    private static double Exact(double a, double b, double v0, double t)
    {
        var u = (a / b) + ((Math.Cbrt(v0) - (a / b)) * Math.Exp(-b * t / 3));
        return u * u * u;
    }

    private static SolveRequest Request(NamedQuantity a, NamedQuantity b, NamedQuantity initial, double[] times, string timeUnit = "day") =>
        Requests.Build("von-bertalanffy-growth", [a, b], initial, timeUnit, times, numerics: Tight);

    [Fact]
    public async Task SolveAsync_Growth_MatchesClosedForm()
    {
        var times = Grid(100, 200);
        var output = await new VonBertalanffySolver().SolveAsync(Request(Q("a", 2, "mm/day"), Q("b", 0.1, "1/day"), Q("V", 1, "mm^3"), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, times, t => Exact(2, 0.1, 1, t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_LongTime_ApproachesLimitVolume()
    {
        var times = Grid(1000, 10);
        var output = await new VonBertalanffySolver().SolveAsync(Request(Q("a", 2, "mm/day"), Q("b", 0.1, "1/day"), Q("V", 1, "mm^3"), times), Ct);

        // (a/b)³ = 8000 mm³; after 1000 days e^(−b·t/3) = e^(−33) is negligible.
        Assert.Equal(8000, output.Series.Find("V")!.Values[^1], 1e-6);
    }

    [Fact]
    public async Task SolveAsync_SurfaceRateInCentimetresPerHour_GivesSameCurve()
    {
        // a = 2 mm/day = 0.2 cm / 24 h; b = 0.1 /day = 0.1/24 /h; time in hours, output in mm³.
        var hours = Grid(2400, 100);
        var request = Request(Q("a", 0.2 / 24, "cm/h"), Q("b", 0.1 / 24, "1/h"), Q("V", 1, "mm^3"), hours, "h");
        var output = await new VonBertalanffySolver().SolveAsync(request, Ct);

        Assert.True(MaxRelativeError(output.Series.Find("V")!.Values, hours, h => Exact(2, 0.1, 1, h / 24)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_SurfaceRateAsPlainRate_ThrowsSolverException()
    {
        // a must be a length per time: a·V^(2/3) is a volume rate.
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new VonBertalanffySolver().SolveAsync(Request(Q("a", 2, "1/day"), Q("b", 0.1, "1/day"), Q("V", 1, "mm^3"), Grid(10, 10)), Ct));
        Assert.Contains("parameter 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mm/day", error.Message, StringComparison.Ordinal);
    }
}
