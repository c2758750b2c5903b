using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology;
using static TwinVal.Solvers.Tests.Cardiology.WindkesselRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology;

public class Windkessel3SolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(
        InputSignal? inflow, NamedQuantity? impedance = null, NamedQuantity? compliance = null, IEnumerable<(string, string)>? outputs = null) =>
        WindkesselRequests.Build(
            "windkessel3",
            [impedance ?? Q("Zc", 0.1, "mmHg*s/mL"), Q("R", 0.8, "mmHg*s/mL"), compliance ?? Q("C", 2.0, "mL/mmHg")],
            [Q("P_c", 60, "mmHg")],
            outputs ?? [("P", "mmHg"), ("P_c", "mmHg")],
            inflow);

    [Fact]
    public async Task SolveAsync_SineInflowOffPeriodicState_MatchesParticularPlusHomogeneousSolution()
    {
        var output = await new Windkessel3Solver().SolveAsync(Request(Sine(70, 50, 1.1, 0.3)), Ct);

        // P_c: τ = R·C = 1.6 s, gain R = 0.8 mmHg·s/mL; P = P_c + Zc·Q_in.
        var compartment = FirstOrder(1.6, 0.8, 70, 50, 1.1, 0.3, 60);
        double Inflow(double t) => 70 + (50 * Math.Sin((2 * Math.PI * 1.1 * t) + 0.3));
        Assert.True(MaxError(output.Series.Find("P_c")!.Values, Times, compartment) < 1e-6);
        Assert.True(MaxError(output.Series.Find("P")!.Values, Times, t => compartment(t) + (0.1 * Inflow(t))) < 1e-6);
        Assert.Equal("mmHg", output.Series.Find("P")!.Unit.Symbol);
    }

    [Fact]
    public async Task SolveAsync_OutputsInRequestedOrder_ReturnsThemInThatOrder()
    {
        var output = await new Windkessel3Solver().SolveAsync(Request(Sine(70, 50, 1.1, 0), outputs: [("P_c", "mmHg"), ("P", "kPa")]), Ct);
        Assert.Equal(["P_c", "P"], output.Series.Columns.Select(c => c.Name));
    }

    [Fact]
    public async Task SolveAsync_StepInflow_AorticPressureJumpsByZcTimesStep()
    {
        // Q_in: 0 → 40 mL/s at 1.525 s, between samples 1.50 and 1.55 s. P_c is continuous, so across the jump P rises
        // by Zc·40 = 4 mmHg plus the small change of P_c over 0.05 s, which the closed form gives.
        var step = new StepInput("Q_in", Unit.Parse("mL/s"), 0, 40, new Quantity(1.525, SiUnits.Second));
        var output = await new Windkessel3Solver().SolveAsync(Request(step), Ct);
        var p = output.Series.Find("P")!.Values;
        var pcBefore = 60 * Math.Exp(-1.525 / 1.6);
        double Compartment(double t) => t <= 1.525 ? 60 * Math.Exp(-t / 1.6) : 32 + ((pcBefore - 32) * Math.Exp(-(t - 1.525) / 1.6));

        Assert.True(MaxError(p, Times, t => Compartment(t) + (t > 1.525 ? 4.0 : 0.0)) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_ParametersAndInflowInOtherUnits_GiveSamePressure()
    {
        // 0.1 mmHg·s/mL = 13.3322387415 kPa·s/L; 2 mL/mmHg = 2/0.133322387415 mL/kPa; 70 mL/s = 4.2 L/min.
        var solver = new Windkessel3Solver();
        var reference = await solver.SolveAsync(Request(Sine(70, 50, 1.1, 0)), Ct);
        var converted = await solver.SolveAsync(
            Request(Sine(4.2, 3.0, 1.1, 0, "L/min"), Q("Zc", 13.3322387415, "kPa*s/L"), Q("C", 2 / 0.133322387415, "mL/kPa")), Ct);

        foreach (var name in new[] { "P", "P_c" })
        {
            var a = reference.Series.Find(name)!.Values;
            var b = converted.Series.Find(name)!.Values;
            Assert.All(Enumerable.Range(0, a.Length), i => Assert.Equal(a[i], b[i], 1e-8));
        }
    }

    [Fact]
    public async Task SolveAsync_MissingImpedance_ThrowsSolverExceptionNamingIt()
    {
        var request = WindkesselRequests.Build(
            "windkessel3", [Q("R", 0.8, "mmHg*s/mL"), Q("C", 2.0, "mL/mmHg")], [Q("P_c", 60, "mmHg")], [("P", "mmHg")], null);
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel3Solver().SolveAsync(request, Ct));
        Assert.Contains("'Zc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NegativeImpedance_ThrowsSolverExceptionNamingIt()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel3Solver().SolveAsync(Request(null, Q("Zc", -0.1, "mmHg*s/mL")), Ct));
        Assert.Contains("parameter 'Zc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_InflowInPressureUnit_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel3Solver().SolveAsync(Request(Sine(70, 50, 1, 0, "mmHg")), Ct));
        Assert.Contains("input 'Q_in'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownVariable_ThrowsListingDerivedAndStateOutputs()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel3Solver().SolveAsync(Request(null, outputs: [("P", "mmHg"), ("Q_out", "mL/s")]), Ct));
        Assert.Contains("'Q_out'", error.Message, StringComparison.Ordinal);
        Assert.Contains("P, P_c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_AorticPressureRequestedInFlowUnit_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel3Solver().SolveAsync(Request(null, outputs: [("P", "mL/s")]), Ct));
        Assert.Contains("'P'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'mL/s'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_InitialAorticPressureInsteadOfCompartment_ThrowsNamingTheState()
    {
        var request = WindkesselRequests.Build(
            "windkessel3", [Q("Zc", 0.1, "mmHg*s/mL"), Q("R", 0.8, "mmHg*s/mL"), Q("C", 2.0, "mL/mmHg")], [Q("P", 60, "mmHg")], [("P", "mmHg")], null);
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel3Solver().SolveAsync(request, Ct));
        Assert.Contains("'P_c'", error.Message, StringComparison.Ordinal);
    }
}
