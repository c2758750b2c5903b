using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests.Stabilized;

public class Rock4Tests : StabilizedIntegratorContract
{
    /// <summary>A fixed step through the public options (as RungeKuttaChebyshevTests): every step accepted at MaxStep.</summary>
    private static IntegrationOptions FixedStep(double h) =>
        new() { RelativeTolerance = 1e6, AbsoluteTolerance = 1e6, MaxStep = h, InitialStep = h };

    [Theory]
    [InlineData(3.0)] // s = 5 at every step: degree 1, the recurrence is a single Euler stage
    [InlineData(1000.0)] // an over-estimated bound: s = 8…18 stages, the recurrence in depth
    public void Integrate_ForcedLinearFixedStepLadder_ObservedOrderFour(double declaredRadius)
    {
        // y' = −3y + sin 5t: non-autonomous, so the stage abscissae matter; closed form in ForcedLinearSystem.
        var system = new ForcedLinearSystem(-3.0, 5.0);
        var ladder = new List<(double H, double Error)>();
        foreach (var steps in new[] { 16, 32, 64, 128 })
        {
            var h = 2.0 / steps;
            var output = new double[1];
            var s = Rock4.Integrate(ref system, new ConstantSpectralRadius(declaredRadius), 0, [1.0], [2.0], output, FixedStep(h), Ct);
            Assert.Equal(steps, s.AcceptedSteps);
            ladder.Add((h, Math.Abs(output[0] - system.Exact(2.0, 1.0))));
        }

        var order = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(Math.Abs(order - 4.0) <= 0.2, $"observed order {order:F3}, expected 4 ± 0.2; ladder {string.Join(", ", ladder)}");
    }

    [Fact]
    public void Integrate_StiffHeatEquation_StableAtDeclaredRadiusAndMatchesEigenSolution()
    {
        // As the RKC test: 199 interior points, |λ|max ≈ 1.6e5; DOPRI5 would need ≈ 4 800 steps to t = 0.1. The fastest
        // modes (k = 198, 199) sit at the declared radius, the edge of the stability interval, and must decay.
        var system = new HeatLineSystem(199);
        var n = system.Dimension;
        var y0 = new double[n];
        for (var i = 0; i < n; i++)
        {
            y0[i] = system.Mode(1, i) + (0.5 * system.Mode(198, i)) + (0.25 * system.Mode(199, i));
        }

        const double End = 0.1;
        var output = new double[2 * n];
        var options = new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 };
        var s = Rock4.Integrate(ref system, new ConstantSpectralRadius(system.SpectralRadius), 0, y0, [0.05, End], output, options, Ct);

        // ROCK4's 20-stage cap: h ≤ ℓ₂₀/ρ = 138.2/ρ, so at least ρ·t/138.2 ≈ 116 steps; DOPRI5 needs ≈ 4 800.
        var dopriSteps = system.SpectralRadius * End / 3.3;
        Assert.True(s.AcceptedSteps + s.RejectedSteps < dopriSteps / 10, $"{s.AcceptedSteps} + {s.RejectedSteps} steps; DOPRI5 would need ≈ {dopriSteps:F0}");
        foreach (var (t, row) in new[] { (0.05, 0), (End, 1) })
        {
            var worst = 0.0;
            for (var i = 0; i < n; i++)
            {
                var exact = (system.Mode(1, i) * Math.Exp(system.Eigenvalue(1) * t))
                    + (0.5 * system.Mode(198, i) * Math.Exp(system.Eigenvalue(198) * t))
                    + (0.25 * system.Mode(199, i) * Math.Exp(system.Eigenvalue(199) * t));
                worst = Math.Max(worst, Math.Abs(output[(row * n) + i] - exact));
            }

            // Local errors ≤ 1e-6 (weighted RMS) accumulate over ≈ 120 steps; 5e-5 still fails for an unstable or wrong
            // solution (the fast modes alone have amplitude 0.25–0.5).
            Assert.True(worst <= 5e-5, $"max error {worst:E3} at t = {t} (rtol = atol = 1e-6)");
        }
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
