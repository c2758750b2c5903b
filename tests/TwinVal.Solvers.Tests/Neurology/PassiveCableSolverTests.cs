using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class PassiveCableSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Hand-derived sealed-end steady state with λ = 1 mm, L = 2 mm, r_a = 10 MΩ/mm, I = 1 nA:
    // V(x) = r_a·λ·I·cosh(L − x)/sinh(L) in mV.
    private static double Exact(double x) => 10.0 * Math.Cosh(2.0 - x) / Math.Sinh(2.0);

    private static SolveRequest Request(double dx, double current = 1.0, string[]? outputs = null) =>
        Build(
            "passive-cable",
            [Q("tau", 10, "ms"), Q("lambda", 1, "mm"), Q("L", 2, "mm"), Q("r_a", 10, "MΩ/mm")],
            Q("V", 0, "mV"),
            "ms",
            [0, 250],
            [new ConstantInput("I_inj", Unit.Parse("nA"), current)],
            outputs ?? ["V_0", "V_100"],
            new NumericsSettings(1e-10, 1e-10, Dx: new Quantity(dx, Unit.Parse("mm"))));

    private static async Task<(double Origin, double End)> SteadyErrors(double dx)
    {
        var output = await new PassiveCableSolver().SolveAsync(Request(dx), Ct);
        return (output.Series.Find("V_0")!.Values[^1] - Exact(0), output.Series.Find("V_100")!.Values[^1] - Exact(2));
    }

    [Fact]
    public async Task SolveAsync_SteadyState_ErrorFallsFourfoldWhenDxHalves()
    {
        var coarse = await SteadyErrors(0.1);
        var fine = await SteadyErrors(0.05);

        // Second-order finite volumes: the steady error ratio is 4 up to higher-order terms; at 250 ms the transient
        // (slowest rate 1/τ) is below 5·e^(−25) mV.
        Assert.InRange(coarse.Origin / fine.Origin, 3.8, 4.2);
        Assert.InRange(coarse.End / fine.End, 3.8, 4.2);
        Assert.InRange(Math.Abs(fine.Origin), 1e-4, 5e-3);
    }

    [Fact]
    public async Task SolveAsync_NoCurrent_StaysAtRest()
    {
        var output = await new PassiveCableSolver().SolveAsync(Request(0.1, current: 0.0), Ct);

        Assert.All(output.Series.Find("V_0")!.Values, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public async Task SolveAsync_DxNotDividingLength_ThrowsNamingDx()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new PassiveCableSolver().SolveAsync(Request(0.3), Ct));

        Assert.Contains("numerics.dx = 0.3 mm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownOutput_ThrowsListingTheNamingRule()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new PassiveCableSolver().SolveAsync(Request(0.1, outputs: ["V_101"]), Ct));

        Assert.Contains("V_P in mV, P an integer 0–100", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property At_LinearProfile_IsReproducedAnywhereInside(NormalFloat intercept, NormalFloat slope, byte where)
    {
        // Linear interpolation between centres is exact for a linear profile; x runs over the interior centres' span.
        const double dx = 0.25;
        var (a, b) = (intercept.Get % 1e6, slope.Get % 1e6);
        double[] centres = [.. Enumerable.Range(0, 8).Select(i => a + (b * (i + 0.5) * dx))];
        var x = (0.5 * dx) + (where / 255.0 * 7 * dx);

        var value = PassiveCableSolver.At(centres, dx, x, b);

        return (Math.Abs(value - (a + (b * x))) <= 1e-9 * (1 + Math.Abs(a) + Math.Abs(b))).ToProperty();
    }

    [Fact]
    public void At_BeforeFirstCentre_FollowsTheBoundaryGradient()
    {
        // Centre 0 at x = 0.05 mm holds 3 mV; the gradient at x = 0 is −10 mV/mm, so V(0) = 3 + 0.05·10 = 3.5 mV.
        Assert.Equal(3.5, PassiveCableSolver.At([3.0, 2.0, 1.0, 0.5], 0.1, 0.0, -10.0), 12);
        Assert.Equal(0.5, PassiveCableSolver.At([3.0, 2.0, 1.0, 0.5], 0.1, 0.4, -10.0), 12);
    }
}
