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

public class SimeoniSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NamedQuantity[] Parameters(string lambda1Unit = "mm^3/day", double lambda1 = 100) =>
    [
        Q("lambda0", 0.25, "1/day"), Q("lambda1", lambda1, lambda1Unit), Q("k1", 1, "1/day"), Q("k2", 0.5, "L/mg/day"), Q("psi", 20, "1"),
        Q("CL", 120, "L/day"), Q("V", 50, "L"),
    ];

    private static NamedQuantity[] Initial(double w0, double x2 = 0) =>
        [Q("C", 0, "mg/L"), Q("x1", w0, "mm^3"), Q("x2", x2, "mm^3"), Q("x3", 0, "mm^3"), Q("w", w0, "mm^3")];

    private static PulseInput Doses(double mgPerHour) =>
        new("dose_rate", Unit.Parse("mg/h"), 0, mgPerHour, new Quantity(5, Unit.Parse("day")), new Quantity(1, Unit.Parse("h")), new Quantity(4, Unit.Parse("day")), 3);

    private static SolveRequest Request(NamedQuantity[] parameters, NamedQuantity[] initial, double[] times, IEnumerable<InputSignal>? inputs = null) =>
        Build("simeoni-tgi", parameters, initial, "day", times, [Out("C", "mg/L"), Out("x1", "mm^3"), Out("w", "mm^3")], inputs);

    [Fact]
    public async Task SolveAsync_NoDrugSmallTumour_GrowsExponentiallyAtLambda0()
    {
        // w ≤ 136 mm³ ≪ λ1/λ0 = 400 mm³: the switch term (λ0·w/λ1)^20 ≤ 4e-10, so w = w0·e^(λ0·t) to ~1e-11.
        var times = Grid(4, 40);
        var output = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(50), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("w")!.Values, times, t => 50 * Math.Exp(0.25 * t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_NoDrugLargeTumour_GrowsLinearlyAtLambda1()
    {
        // w ≥ 4000 mm³ = 10·λ1/λ0: growth = λ1·(1 + (λ1/(λ0·w))^20)^(−1/20) = λ1·(1 − 5e-22), so w = w0 + λ1·t.
        var times = Grid(10, 40);
        var output = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(4000), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("w")!.Values, times, t => 4000 + (100 * t)) < 1e-9);
    }

    [Fact]
    public async Task SolveAsync_LinearRateInCubicCentimetresPerWeek_GivesSameGrowth()
    {
        // 100 mm³/day = 0.7 cm³/week.
        var times = Grid(10, 40);
        var output = await new SimeoniSolver().SolveAsync(Request(Parameters("cm^3/week", 0.7), Initial(4000), times), Ct);

        Assert.True(MaxRelativeError(output.Series.Find("w")!.Values, times, t => 4000 + (100 * t)) < 1e-9);
    }

    [Fact]
    public async Task SolveAsync_Infusions_ConcentrationFollowsOneCompartmentClosedForm()
    {
        // First infusion 250 mg/h = 6000 mg/day for 1/24 day from day 5; k = CL/V = 2.4 /day; R/CL = 50 mg/L.
        double[] times = [0, 5, 5 + (0.5 / 24), 5 + (1.0 / 24), 6, 8.9];
        var output = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(50), times, [Doses(250)]), Ct);
        var peak = 50 * (1 - Math.Exp(-2.4 / 24));
        double Exact(double t) => t <= 5 ? 0 : t <= 5 + (1.0 / 24) ? 50 * (1 - Math.Exp(-2.4 * (t - 5))) : peak * Math.Exp(-2.4 * (t - 5 - (1.0 / 24)));

        Assert.True(MaxError(output.Series.Find("C")!.Values, times, Exact) < 1e-9);
    }

    [Fact]
    public async Task SolveAsync_Treatment_TotalVolumeAtLeastProliferatingAndPositive()
    {
        var times = Grid(40, 160);
        var output = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(50), times, [Doses(250)]), Ct);
        var w = output.Series.Find("w")!.Values;
        var x1 = output.Series.Find("x1")!.Values;

        Assert.All(Enumerable.Range(0, times.Length), i => Assert.True(x1[i] > 0 && w[i] >= x1[i]));
    }

    // Monotone dose–response: more drug never leaves more tumour at any time.
    [Property(MaxTest = 10)]
    public async Task<bool> SolveAsync_HigherDoseRate_NeverMoreTumour(PositiveInt rate, PositiveInt extra)
    {
        var low = 10.0 + (rate.Get % 400);
        var high = low + 1 + (extra.Get % 100);
        var times = Grid(30, 60);
        var a = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(50), times, [Doses(low)]), Ct);
        var b = await new SimeoniSolver().SolveAsync(Request(Parameters(), Initial(50), times, [Doses(high)]), Ct);
        var wLow = a.Series.Find("w")!.Values;
        var wHigh = b.Series.Find("w")!.Values;
        return Enumerable.Range(0, times.Length).All(i => wHigh[i] <= wLow[i] * (1 + 1e-9));
    }

    [Fact]
    public async Task SolveAsync_TotalBelowTransitSum_ThrowsSolverException()
    {
        NamedQuantity[] initial = [Q("C", 0, "mg/L"), Q("x1", 50, "mm^3"), Q("x2", 10, "mm^3"), Q("x3", 0, "mm^3"), Q("w", 50, "mm^3")];
        var error = await Assert.ThrowsAsync<SolverException>(() => new SimeoniSolver().SolveAsync(Request(Parameters(), initial, Grid(10, 10)), Ct));
        Assert.Contains("smaller than x1 + x2 + x3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NegativePotency_ThrowsSolverException()
    {
        var parameters = Parameters();
        parameters[3] = Q("k2", -0.5, "L/mg/day");
        var error = await Assert.ThrowsAsync<SolverException>(() => new SimeoniSolver().SolveAsync(Request(parameters, Initial(50), Grid(10, 10)), Ct));
        Assert.Contains("'k2'", error.Message, StringComparison.Ordinal);
    }
}
