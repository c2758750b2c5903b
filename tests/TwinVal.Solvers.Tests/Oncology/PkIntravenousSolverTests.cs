using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class PkIntravenousSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Quantity Hours(double h) => new(h, Unit.Parse("h"));

    private static SolveRequest Request(NamedQuantity clearance, NamedQuantity volume, NamedQuantity initial, double[] times, IEnumerable<InputSignal>? inputs = null, string timeUnit = "h") =>
        Requests.Build("pk-1c-iv", [clearance, volume], initial, timeUnit, times, inputs, numerics: Tight);

    [Fact]
    public async Task SolveAsync_Bolus_MatchesMonoexponentialDecay()
    {
        var times = Grid(48, 96);
        var output = await new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", 10, "mg/L"), times), Ct);

        // k = CL/V = 0.1 /h.
        Assert.True(MaxRelativeError(output.Series.Find("C")!.Values, times, t => 10 * Math.Exp(-0.1 * t)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_ClearanceInMillilitresPerMinute_GivesSameDecay()
    {
        // 5 L/h = 5000 mL / 60 min; V = 50000 mL; times in minutes.
        var minutes = Grid(48 * 60, 96);
        var request = Request(Q("CL", 5000.0 / 60, "mL/min"), Q("V", 50000, "mL"), Q("C", 10, "mg/L"), minutes, timeUnit: "min");
        var output = await new PkIntravenousSolver().SolveAsync(request, Ct);

        Assert.True(MaxRelativeError(output.Series.Find("C")!.Values, minutes, m => 10 * Math.Exp(-0.1 * m / 60)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_ConstantRateInfusion_MatchesClosedForm()
    {
        // 100 mg/h for 2 h from t = 1 h: C = (R/CL)(1 − e^(−k(t−1))) during, then decays from its value at 3 h.
        var pulse = new PulseInput("dose_rate", Unit.Parse("mg/h"), 0, 100, Hours(1), Hours(2));
        var times = Grid(12, 48);
        var output = await new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", 0, "mg/L"), times, [pulse]), Ct);
        var atEnd = 20 * (1 - Math.Exp(-0.2));
        double Exact(double t) => t <= 1 ? 0 : t <= 3 ? 20 * (1 - Math.Exp(-0.1 * (t - 1))) : atEnd * Math.Exp(-0.1 * (t - 3));

        Assert.True(MaxError(output.Series.Find("C")!.Values, times, Exact) < 1e-9);
    }

    [Fact]
    public async Task SolveAsync_RepeatedInfusions_PeakEqualsFirstPeakTimesAccumulationFactor()
    {
        // Four 1-h infusions every 12 h: peak after dose n = c(1 h)·(1 − e^(−n·k·τ))/(1 − e^(−k·τ)).
        var train = new PulseInput("dose_rate", Unit.Parse("mg/h"), 0, 250, Hours(0), Hours(1), Hours(12), 4);
        var times = Grid(48, 192);
        var output = await new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", 0, "mg/L"), times, [train]), Ct);
        var firstPeak = 50 * (1 - Math.Exp(-0.1));
        var accumulation = (1 - Math.Exp(-4 * 1.2)) / (1 - Math.Exp(-1.2));

        var c = output.Series.Find("C")!.Values;
        Assert.Equal(firstPeak * accumulation, c[Array.IndexOf(times, 37.0)], 1e-8);
        Assert.Equal(firstPeak * accumulation, c.Max(), 1e-8);
    }

    [Fact]
    public async Task SolveAsync_DoseRateInConcentrationUnit_ThrowsSolverException()
    {
        var wrong = new ConstantInput("dose_rate", Unit.Parse("mg/L"), 1);
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", 0, "mg/L"), Grid(10, 10), [wrong]), Ct));
        Assert.Contains("input 'dose_rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mg/h", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NegativeInitialConcentration_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", -1, "mg/L"), Grid(10, 10)), Ct));
        Assert.Contains("'C'", error.Message, StringComparison.Ordinal);
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
    }

    // Monotone dose–response: a higher infusion rate never gives a lower concentration at any time.
    [Fact]
    public async Task SolveAsync_HigherDoseRate_NeverLowerConcentration()
    {
        var times = Grid(24, 48);
        async Task<double[]> Run(double rate)
        {
            var pulse = new PulseInput("dose_rate", Unit.Parse("mg/h"), 0, rate, Hours(0), Hours(1), Hours(6), 3);
            var output = await new PkIntravenousSolver().SolveAsync(Request(Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("C", 0, "mg/L"), times, [pulse]), Ct);
            return [.. output.Series.Find("C")!.Values];
        }

        var low = await Run(100);
        var high = await Run(101);
        Assert.All(Enumerable.Range(0, times.Length), i => Assert.True(high[i] >= low[i]));
        Assert.True(high[^1] > low[^1]);
    }
}
