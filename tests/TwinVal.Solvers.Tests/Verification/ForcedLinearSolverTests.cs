using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Verification;

public class ForcedLinearSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent closed form: y = C e^{λt} + a sin ωt + b cos ωt, a = −λ/(λ² + ω²), b = −ω/(λ² + ω²), C = y0 − b.
    private static double Exact(double lambda, double omega, double t)
    {
        var d = (lambda * lambda) + (omega * omega);
        var (a, b) = (-lambda / d, -omega / d);
        return ((1 - b) * Math.Exp(lambda * t)) + (a * Math.Sin(omega * t)) + (b * Math.Cos(omega * t));
    }

    private static SolveRequest Request(double lambda, double omega, NumericsSettings numerics) =>
        Build(ForcedLinearSolver.ModelId, [Q("lambda", lambda, "1/s"), Q("omega", omega, "1/s")], Q("y", 1, "1"), "s", Grid(4, 8), numerics: numerics);

    private static NumericsSettings Fixed(string method, double h) => new(Method: method, FixedStep: new Quantity(h, Unit.Parse("s")));

    [Theory]
    [InlineData("euler", 1)]
    [InlineData("heun", 2)]
    [InlineData("rk4", 4)]
    public async Task SolveAsync_HalvedStep_ErrorFallsByTwoToTheOrder(string method, int order)
    {
        var coarse = await new ForcedLinearSolver().SolveAsync(Request(-0.5, 2, Fixed(method, 0.05)), Ct);
        var fine = await new ForcedLinearSolver().SolveAsync(Request(-0.5, 2, Fixed(method, 0.025)), Ct);

        // Error at t = 2 s (sample 4); the ratio approaches 2^p as h → 0.
        var ratio = Math.Abs(coarse.Series.Find("y")!.Values[4] - Exact(-0.5, 2, 2)) / Math.Abs(fine.Series.Find("y")!.Values[4] - Exact(-0.5, 2, 2));
        Assert.InRange(Math.Log2(ratio), order - 0.2, order + 0.2);
    }

    // The adaptive default meets its tolerance on any decaying, forced problem of moderate frequency.
    [Property(MaxTest = 25)]
    public async Task<bool> SolveAsync_AnyDecayAndFrequencyAdaptive_MatchesClosedForm(PositiveInt l, PositiveInt w)
    {
        var lambda = -0.1 - ((l.Get % 50) / 10.0);
        var omega = 0.5 + ((w.Get % 50) / 10.0);
        var output = await new ForcedLinearSolver().SolveAsync(Request(lambda, omega, new NumericsSettings(1e-10, 1e-12)), Ct);
        var times = Grid(4, 8);
        return MaxError(output.Series.Find("y")!.Values, times, t => Exact(lambda, omega, t)) < 1e-7;
    }

    [Fact]
    public async Task SolveAsync_NonPositiveFrequency_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new ForcedLinearSolver().SolveAsync(Request(-0.5, 0, Fixed("rk4", 0.1)), Ct));
        Assert.Contains("'omega'", error.Message, StringComparison.Ordinal);
    }
}
