using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;
using static TwinVal.Solvers.Tests.Verification.VerificationRequests;

namespace TwinVal.Solvers.Tests.Verification;

public class RdManufacturedSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(int dimension, double dx, string? method, double[] probe, double dt = 0.0125) => Build(
        RdManufacturedSolver.ModelId,
        [
            Q("dimension", dimension, "1"), Q("L", 1, "mm"), Q("D", 1, "mm^2/ms"),
            .. probe.Select((p, i) => Q($"P_{"xyz"[i]}", p, "mm")),
        ],
        [],
        [("v_P", "1"), ("s_P", "1")],
        "ms",
        [0.1, 0.25, 0.5],
        new NumericsSettings(Method: method, FixedStep: new Quantity(dt, Unit.Parse("ms")), Dx: new Quantity(dx, Unit.Parse("mm"))));

    [Fact]
    public async Task SolveAsync_TwoDimensionsStrang_MatchesExactSolutionWithinTheGridErrorBound()
    {
        // Probe at a cell centre of the 16 × 16 grid; exact v = Φ sin t, s = −Φ cos t with Φ = cos 2πx cos 2πy. The
        // cell-centred eigenvalue is low by (πh)²/3 ≈ 1.3 % at h = 1/16, which bounds the amplitude error by 0.013·|Φ|.
        double[] p = [0.09375, 0.03125];
        var phi = Math.Cos(2 * Math.PI * p[0]) * Math.Cos(2 * Math.PI * p[1]);
        var output = await new RdManufacturedSolver().SolveAsync(Request(2, 1.0 / 16, "strang-cn-rk4", p), Ct);

        double[] times = [0.1, 0.25, 0.5];
        Assert.All(Enumerable.Range(0, 3), r =>
        {
            Assert.Equal(phi * Math.Sin(times[r]), output.Series.Find("v_P")!.Values[r], 0.013 * phi);
            Assert.Equal(-phi * Math.Cos(times[r]), output.Series.Find("s_P")!.Values[r], 0.013 * phi);
        });
    }

    [Fact]
    public async Task SolveAsync_OneDimensionFinerGrid_ErrorFallsFourfold()
    {
        // Second order in space: halving dx (time error negligible at dt = 0.001 ms) divides the error by about 4.
        var exact = Math.Cos(2 * Math.PI * 0.125) * Math.Sin(0.5);
        var coarse = await new RdManufacturedSolver().SolveAsync(Request(1, 1.0 / 16, null, [0.125], 0.001), Ct);
        var fine = await new RdManufacturedSolver().SolveAsync(Request(1, 1.0 / 32, null, [0.125], 0.001), Ct);

        var ratio = Math.Abs(coarse.Series.Find("v_P")!.Values[2] - exact) / Math.Abs(fine.Series.Find("v_P")!.Values[2] - exact);
        Assert.InRange(ratio, 3.5, 4.5);
    }

    [Theory]
    [InlineData("rk4")]
    [InlineData("strang-implicit-rk4")]
    [InlineData("lie-cn-rk4")]
    public async Task SolveAsync_UnknownMethod_ThrowsSolverExceptionNamingTheForm(string method)
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new RdManufacturedSolver().SolveAsync(Request(1, 0.0625, method, [0.125]), Ct));
        Assert.Contains("SPLITTING-DIFFUSION-REACTION", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 0.0625)]
    [InlineData(2, 0.3)]
    public async Task SolveAsync_BadDimensionOrSpacing_ThrowsSolverException(int dimension, double dx)
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new RdManufacturedSolver().SolveAsync(Request(dimension, dx, null, [0.1, 0.1]), Ct));
        Assert.Contains("dimension 1, 2 or 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ProbeOutsideTheBox_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new RdManufacturedSolver().SolveAsync(Request(1, 0.0625, null, [1.5]), Ct));
        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
    }
}
