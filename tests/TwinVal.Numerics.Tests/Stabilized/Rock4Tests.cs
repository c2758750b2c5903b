using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Stabilized;

public class Rock4Tests : StabilizedIntegratorContract
{
    [Theory]
    [InlineData(3.0)] // s = 5 at every step: degree 1, the recurrence is a single Euler stage
    [InlineData(1000.0)] // an over-estimated bound: s = 8…18 stages, the recurrence in depth
    public void Integrate_ForcedLinearFixedStepLadder_ObservedOrderFour(double declaredRadius)
    {
        var order = FixedStepLadderOrder(declaredRadius, [16, 32, 64, 128]);
        Assert.True(Math.Abs(order - 4.0) <= 0.2, $"observed order {order:F3}, expected 4 ± 0.2");
    }

    [Fact]
    public void Integrate_StiffHeatEquation_StableAtDeclaredRadiusAndMatchesEigenSolution()
    {
        var (steps, worst) = StiffHeatRun();

        // ROCK4's 20-stage cap: h ≤ ℓ₂₀/ρ = 138.2/ρ, so at least ρ·t/138.2 ≈ 116 steps; DOPRI5 (interval ≈ 3.3) ≈ 4 800.
        var dopriSteps = new HeatLineSystem(199).SpectralRadius * 0.1 / 3.3;
        Assert.True(steps < dopriSteps / 10, $"{steps} steps; DOPRI5 would need ≈ {dopriSteps:F0}");

        // Local errors ≤ 1e-6 (weighted RMS) accumulate into a max-norm global error of some 1e-5; 5e-5 allows that and
        // still fails for an unstable or wrong solution (the fast modes alone have amplitude 0.25–0.5).
        Assert.True(worst <= 5e-5, $"max error {worst:E3} (rtol = atol = 1e-6)");
    }

    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-6)]
    [InlineData(1e-8)]
    [InlineData(1e-10)]
    public void Integrate_Tolerance_GlobalErrorFollowsIt(double tolerance)
    {
        // y' = y·cos t to t = 10 (three oscillations of exp(sin t)): the step-size control must deliver a global error of
        // the order of the tolerance — at most 10× it (global error is local errors accumulated and propagated).
        var system = new ExpSinSystem();
        var output = new double[1];
        var options = new IntegrationOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance };
        var s = Rock4.Integrate(ref system, new ConstantSpectralRadius(2.0), 0, [1.0], [10.0], output, options, Ct);

        var error = Math.Abs(output[0] - ExpSinSystem.Exact(10.0));
        Assert.True(error <= 10 * tolerance, $"error {error:E3} at tolerance {tolerance:E0} ({s.AcceptedSteps} steps)");
        Assert.Equal(5 * (s.AcceptedSteps + s.RejectedSteps) + 2, s.RhsEvaluations); // s = 5 per step, F₀ and the starting step
    }

    [Fact]
    public void Integrate_TighterTolerance_FourthOrderStepCount()
    {
        // The controller aims at local error ∝ h⁵ per unit step (error per step ∝ tol), so steps grow like tol^(−1/5) —
        // 10⁴× tighter tolerance → ≈ 6.3× the steps — where a second-order method (RKC) would need ≈ 21×.
        int Steps(double tolerance)
        {
            var system = new ExpSinSystem();
            var options = new IntegrationOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance };
            return (int)Rock4.Integrate(ref system, new ConstantSpectralRadius(2.0), 0, [1.0], [10.0], new double[1], options, Ct).AcceptedSteps;
        }

        var ratio = (double)Steps(1e-10) / Steps(1e-6);
        Assert.InRange(ratio, 4.0, 10.0);
    }

    [Fact]
    public void Integrate_OutputTimesInsideSteps_HermiteInterpolantIsAccurate()
    {
        var system = new ForcedLinearSystem(-3.0, 5.0);
        var times = Enumerable.Range(1, 40).Select(i => i * 0.05).ToArray();
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-9 };
        Rock4.Integrate(ref system, new ConstantSpectralRadius(3.0), 0, [1.0], times, output, options, Ct);

        // The cubic interpolant is third order in h; at this tolerance the steps (≈ 0.01–0.02) give ≈ 1e-7.
        var worst = times.Select((t, i) => Math.Abs(output[i] - system.Exact(t, 1.0))).Max();
        Assert.True(worst <= 1e-6, $"max error {worst:E3} over {times.Length} output times");
    }

    private protected override IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, ISpectralRadius spectralRadius, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes,
        Span<double> output, IntegrationOptions options, CancellationToken cancellationToken) =>
        Rock4.Integrate(ref system, spectralRadius, t0, y0, outputTimes, output, options, cancellationToken);
}
