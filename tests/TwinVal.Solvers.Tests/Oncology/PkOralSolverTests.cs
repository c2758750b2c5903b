using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

public class PkOralSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent Bateman function: C = F·D·ka/(V(ka − k))·(e^(−kt) − e^(−ka·t)).
    private static double Bateman(double f, double dose, double ka, double k, double v, double t) =>
        f * dose * ka / (v * (ka - k)) * (Math.Exp(-k * t) - Math.Exp(-ka * t));

    private static SolveRequest Request(double ka, double f, NamedQuantity dose, double[] times, string timeUnit = "h") =>
        Build(
            "pk-1c-oral",
            [Q("ka", ka, "1/h"), Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("F", f, "1")],
            [dose, Q("C", 0, "mg/L")],
            timeUnit,
            times,
            [Out("A_depot", "mg"), Out("C", "mg/L")]);

    [Fact]
    public async Task SolveAsync_SingleDose_MatchesBatemanFunctionAndDepotDecay()
    {
        var times = Grid(24, 96);
        var output = await new PkOralSolver().SolveAsync(Request(1.2, 0.8, Q("A_depot", 400, "mg"), times), Ct);

        Assert.True(MaxError(output.Series.Find("C")!.Values, times, t => Bateman(0.8, 400, 1.2, 0.1, 50, t)) < 1e-8);

        // The depot decays to 1e-10 mg by 24 h, of the order of atol: relative error is measured above 1e-2 mg.
        Assert.True(MaxRelativeError(output.Series.Find("A_depot")!.Values, times, t => 400 * Math.Exp(-1.2 * t), atol: 1e-2) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_FineGrid_PeaksAtClosedFormTmax()
    {
        // tmax = ln(ka/k)/(ka − k) = ln 12/1.1 = 2.2590 h; on a 0.001-h grid the sampled peak is within 0.0005 h.
        var times = Grid(6, 6000);
        var output = await new PkOralSolver().SolveAsync(Request(1.2, 0.8, Q("A_depot", 400, "mg"), times), Ct);
        var c = output.Series.Find("C")!.Values;
        var tmax = Math.Log(12) / 1.1;

        Assert.Equal(tmax, times[c.IndexOf(c.Max())], 5e-4);
        Assert.Equal(0.8 * 400 / 50 * Math.Exp(-0.1 * tmax), c.Max(), 1e-8);
    }

    [Fact]
    public async Task SolveAsync_DoseInGramsTimeInMinutes_GivesSameCurve()
    {
        var minutes = Grid(24 * 60, 96);
        var output = await new PkOralSolver().SolveAsync(
            Build(
                "pk-1c-oral",
                [Q("ka", 1.2 / 60, "1/min"), Q("CL", 5000.0 / 60, "mL/min"), Q("V", 50, "L"), Q("F", 80, "%")],
                [Q("A_depot", 0.4, "g"), Q("C", 0, "mg/L")],
                "min",
                minutes,
                [Out("C", "mg/L")]),
            Ct);

        Assert.True(MaxError(output.Series.Find("C")!.Values, minutes, m => Bateman(0.8, 400, 1.2, 0.1, 50, m / 60)) < 1e-8);
    }

    [Fact]
    public async Task SolveAsync_BioavailabilityAboveOne_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new PkOralSolver().SolveAsync(Request(1.2, 1.5, Q("A_depot", 400, "mg"), Grid(10, 10)), Ct));
        Assert.Contains("'F'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(0, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_MissingDepotInitialValue_ThrowsSolverException()
    {
        var request = Build(
            "pk-1c-oral", [Q("ka", 1.2, "1/h"), Q("CL", 5, "L/h"), Q("V", 50, "L"), Q("F", 1, "1")], [Q("C", 0, "mg/L")], "h", Grid(10, 10), [Out("C", "mg/L")]);
        var error = await Assert.ThrowsAsync<SolverException>(() => new PkOralSolver().SolveAsync(request, Ct));
        Assert.Contains("'A_depot'", error.Message, StringComparison.Ordinal);
    }

    // The Bateman function for any absorption rate away from the degenerate ka = k (where it takes the limit form).
    [Property(MaxTest = 25)]
    public async Task<bool> SolveAsync_AnyAbsorptionRate_MatchesBateman(PositiveInt kaHundredths)
    {
        var ka = 0.2 + ((kaHundredths.Get % 500) / 100.0);
        var times = Grid(24, 48);
        var output = await new PkOralSolver().SolveAsync(Request(ka, 1, Q("A_depot", 100, "mg"), times), Ct);
        return MaxError(output.Series.Find("C")!.Values, times, t => Bateman(1, 100, ka, 0.1, 50, t)) < 1e-8;
    }
}
