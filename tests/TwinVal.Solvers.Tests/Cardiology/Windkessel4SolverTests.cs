using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Cardiology;
using static TwinVal.Solvers.Tests.Cardiology.WindkesselRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology;

public class Windkessel4SolverTests
{
    private static readonly (string, string)[] AllOutputs = [("P", "mmHg"), ("P_c", "mmHg"), ("Q_L", "mL/s")];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(InputSignal? inflow, NamedQuantity? inertance = null, double pc0 = 60, double ql0 = 20) =>
        WindkesselRequests.Build(
            "windkessel4",
            [Q("Zc", 0.1, "mmHg*s/mL"), inertance ?? Q("L", 0.02, "mmHg*s^2/mL"), Q("R", 0.8, "mmHg*s/mL"), Q("C", 2.0, "mL/mmHg")],
            [Q("P_c", pc0, "mmHg"), Q("Q_L", ql0, "mL/s")],
            AllOutputs,
            inflow);

    [Fact]
    public async Task SolveAsync_SineInflowOffPeriodicState_MatchesClosedFormOfBothStatesAndPressure()
    {
        var output = await new Windkessel4Solver().SolveAsync(Request(Sine(70, 50, 1.1, 0.3)), Ct);

        // Two decoupled first-order responses: P_c with τ = R·C = 1.6 s and gain R; Q_L with τ = L/Zc = 0.2 s and
        // gain 1. The aortic pressure is P_c + Zc·(Q_in − Q_L).
        var compartment = FirstOrder(1.6, 0.8, 70, 50, 1.1, 0.3, 60);
        var inertanceFlow = FirstOrder(0.2, 1.0, 70, 50, 1.1, 0.3, 20);
        double Inflow(double t) => 70 + (50 * Math.Sin((2 * Math.PI * 1.1 * t) + 0.3));

        Assert.True(MaxError(output.Series.Find("P_c")!.Values, Times, compartment) < 1e-6);
        Assert.True(MaxError(output.Series.Find("Q_L")!.Values, Times, inertanceFlow) < 1e-6);
        Assert.True(MaxError(output.Series.Find("P")!.Values, Times, t => compartment(t) + (0.1 * (Inflow(t) - inertanceFlow(t)))) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_ConstantInflowAtEquilibrium_StaysAtMeanPressureQTimesR()
    {
        // At steady flow L is a short circuit: all flow passes through L, so P = P_c = Q·R = 72 mmHg, Q_L = Q.
        var inflow = new ConstantInput("Q_in", Harness.Units.Unit.Parse("mL/s"), 90);
        var output = await new Windkessel4Solver().SolveAsync(Request(inflow, pc0: 72, ql0: 90), Ct);

        Assert.All(output.Series.Find("P")!.Values, p => Assert.Equal(72.0, p, 1e-9));
        Assert.All(output.Series.Find("Q_L")!.Values, q => Assert.Equal(90.0, q, 1e-9));
    }

    [Fact]
    public async Task SolveAsync_InertanceInSiUnits_GivesSameOutputs()
    {
        // 1 mmHg·s²/mL = 133.322387415 Pa·s² / 1e-6 m³, so 0.02 mmHg·s²/mL = 2666447.7483 Pa·s²/m³.
        var solver = new Windkessel4Solver();
        var reference = await solver.SolveAsync(Request(Sine(70, 50, 1.1, 0)), Ct);
        var converted = await solver.SolveAsync(Request(Sine(70, 50, 1.1, 0), Q("L", 2666447.7483, "Pa*s^2/m^3")), Ct);

        foreach (var name in new[] { "P", "P_c", "Q_L" })
        {
            var a = reference.Series.Find(name)!.Values;
            var b = converted.Series.Find(name)!.Values;
            Assert.All(Enumerable.Range(0, a.Length), i => Assert.Equal(a[i], b[i], 1e-8));
        }
    }

    [Fact]
    public async Task SolveAsync_InertanceInResistanceUnit_ThrowsSolverExceptionNamingIt()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel4Solver().SolveAsync(Request(null, Q("L", 0.02, "mmHg*s/mL")), Ct));
        Assert.Contains("parameter 'L'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mmHg*s^2/mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ZeroInertance_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel4Solver().SolveAsync(Request(null, Q("L", 0, "mmHg*s^2/mL")), Ct));
        Assert.Contains("parameter 'L'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_MissingInertanceFlowInitialValue_ThrowsNamingIt()
    {
        var request = Request(null) is var r ? r with { InitialState = [r.InitialState[0]] } : null!;
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel4Solver().SolveAsync(request, Ct));
        Assert.Contains("'Q_L'", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 20)]
    public Property SolveAsync_ScaledInflowAndState_ScalesEveryOutput()
    {
        // The model is linear and homogeneous in (Q_in, P_c, Q_L, P): scaling inflow and initial state by k scales
        // every output by k, whatever the parameters.
        var scale = Gen.Choose(1, 400).Select(i => i / 100.0);
        return Prop.ForAll(scale.ToArbitrary(), k =>
        {
            var solver = new Windkessel4Solver();
            var baseline = solver.SolveAsync(Request(Sine(70, 50, 1.1, 0.3), pc0: 60, ql0: 20), Ct).GetAwaiter().GetResult();
            var scaled = solver.SolveAsync(Request(Sine(70 * k, 50 * k, 1.1, 0.3), pc0: 60 * k, ql0: 20 * k), Ct).GetAwaiter().GetResult();
            return AllOutputs.All(o =>
            {
                var a = baseline.Series.Find(o.Item1)!.Values;
                var b = scaled.Series.Find(o.Item1)!.Values;
                return Enumerable.Range(0, a.Length).All(i => Math.Abs(b[i] - (k * a[i])) <= 1e-6 * (1 + Math.Abs(k * a[i])));
            });
        });
    }
}
