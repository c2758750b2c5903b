using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Stabilized;

public class RungeKuttaChebyshevTests : StabilizedIntegratorContract
{
    [Theory]
    [InlineData(3.0)] // s = 2 at every step: the shortest recursion
    [InlineData(3000.0)] // an over-estimated bound: s ≈ 17…35 stages, the damped recursion in depth
    public void Integrate_ForcedLinearFixedStepLadder_ObservedOrderTwo(double declaredRadius)
    {
        var order = FixedStepLadderOrder(declaredRadius, [20, 40, 80, 160]);
        Assert.True(Math.Abs(order - 2.0) <= 0.2, $"observed order {order:F3}, expected 2 ± 0.2");
    }

    [Fact]
    public void Integrate_StiffHeatEquation_StableAtAccuracyStepsAndMatchesEigenSolution()
    {
        var (steps, worst) = StiffHeatRun();

        // RKC's steps are accuracy-limited (s ∝ √(hρ) stages); DOPRI5 (interval ≈ 3.3) would need ≈ 4 800.
        var dopriSteps = new HeatLineSystem(199).SpectralRadius * 0.1 / 3.3;
        Assert.True(steps < dopriSteps / 20, $"{steps} steps; DOPRI5 would need ≈ {dopriSteps:F0}");

        // Local errors ≤ 1e-6 (weighted RMS) accumulate into a max-norm global error of some 1e-5; 5e-5 allows that and
        // still fails for an unstable or wrong solution (the fast modes alone have amplitude 0.25–0.5).
        Assert.True(worst <= 5e-5, $"max error {worst:E3} (rtol = atol = 1e-6)");
    }

    [Fact]
    public void Integrate_OutputTimesInsideSteps_HermiteInterpolantIsAccurate()
    {
        var system = new ForcedLinearSystem(-3.0, 5.0);
        var times = Enumerable.Range(1, 40).Select(i => i * 0.05).ToArray();
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = 1e-7, AbsoluteTolerance = 1e-7 };
        RungeKuttaChebyshev.Integrate(ref system, new ConstantSpectralRadius(3.0), 0, [1.0], times, output, options, Ct);

        // Steps (≈ 0.003) do not line up with the outputs (0.05 apart), so most outputs come from the interpolant.
        var worst = times.Select((t, i) => Math.Abs(output[i] - system.Exact(t, 1.0))).Max();
        Assert.True(worst <= 1e-5, $"max error {worst:E3} over {times.Length} output times");
    }

    [Fact]
    public void Integrate_NegativeConstantRadius_ThrowsWithValueAndExpectation()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantSpectralRadius(-2.0));
        Assert.Equal("value", error.ParamName);
        Assert.Contains("-2", error.Message, StringComparison.Ordinal);
        Assert.Contains("finite, non-negative", error.Message, StringComparison.Ordinal);
    }

    private protected override IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, ISpectralRadius spectralRadius, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes,
        Span<double> output, IntegrationOptions options, CancellationToken cancellationToken) =>
        RungeKuttaChebyshev.Integrate(ref system, spectralRadius, t0, y0, outputTimes, output, options, cancellationToken);
}
