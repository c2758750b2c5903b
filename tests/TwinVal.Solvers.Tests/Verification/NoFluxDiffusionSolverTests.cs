using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;
using static TwinVal.Solvers.Tests.Verification.VerificationRequests;

namespace TwinVal.Solvers.Tests.Verification;

public class NoFluxDiffusionSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(int dimension, string method, double dt, (string, string)[] outputs) => Build(
        NoFluxDiffusionSolver.ModelId,
        [Q("dimension", dimension, "1"), Q("L", 1, "mm"), Q("D", 1, "mm^2/ms"), Q("C_x", 0.0625, "mm"), Q("C_y", 0.0625, "mm"), Q("C_z", 0.0625, "mm")],
        [],
        outputs,
        "ms",
        [0, 0.05, 0.1],
        new NumericsSettings(Method: method, FixedStep: new Quantity(dt, Unit.Parse("ms")), Dx: new Quantity(0.125, Unit.Parse("mm"))));

    [Theory]
    [InlineData(1, 1.5)]
    [InlineData(2, 1.5)]
    [InlineData(3, 1.5)]
    public async Task SolveAsync_ExplicitDiffusion_KeepsTheIntegralAtOnePointFiveLToTheD(int dimension, double integral)
    {
        // dt = 0.002 ms ≤ h²/(2dD) = 0.0026 ms for h = 1/8 mm in 3-D.
        var output = await new NoFluxDiffusionSolver().SolveAsync(Request(dimension, "explicit", 0.002, [("u_integral", dimension == 1 ? "mm" : $"mm^{dimension}")]), Ct);

        Assert.All(output.Series.Find("u_integral")!.Values, v => Assert.Equal(integral, v, 1e-13));
    }

    [Fact]
    public async Task SolveAsync_CornerProbe_RelaxesTowardsTheMean()
    {
        // Near the corner (0, 0) u0 ≈ 1 + x + 1 ≈ 2; the field relaxes towards its mean 1.5, so u there falls, while the
        // integral stays put (Crank–Nicolson conserves it up to the PCG residual, 1e-14 relative).
        var output = await new NoFluxDiffusionSolver().SolveAsync(Request(2, "cn", 0.005, [("u_C", "1"), ("u_integral", "mm^2")]), Ct);

        var u = output.Series.Find("u_C")!.Values;
        Assert.True(u[0] > 1.9 && u[1] < u[0] - 0.1 && u[2] < u[1], $"u at the corner: {string.Join(", ", u)}");
        Assert.All(output.Series.Find("u_integral")!.Values, v => Assert.Equal(1.5, v, 1e-11));
    }

    [Fact]
    public async Task SolveAsync_UnknownOutput_ThrowsSolverExceptionListingTheOffer()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new NoFluxDiffusionSolver().SolveAsync(Request(2, "explicit", 0.002, [("v_integral", "mm^2")]), Ct));
        Assert.Contains("u_integral", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownMethod_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new NoFluxDiffusionSolver().SolveAsync(Request(2, "rk4", 0.002, [("u_integral", "mm^2")]), Ct));
        Assert.Contains("explicit or cn", error.Message, StringComparison.Ordinal);
    }
}
