using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests.Stabilized;

public class RungeKuttaChebyshevTests : StabilizedIntegratorContract
{
    /// <summary>
    /// A fixed step through the public options: MaxStep = InitialStep = h and tolerances so loose that every step is
    /// accepted and the controller always asks for more than MaxStep.
    /// </summary>
    private static IntegrationOptions FixedStep(double h) =>
        new() { RelativeTolerance = 1e6, AbsoluteTolerance = 1e6, MaxStep = h, InitialStep = h };

    [Theory]
    [InlineData(3.0)] // s = 2 at every step: the shortest recursion
    [InlineData(3000.0)] // an over-estimated bound: s ≈ 17…35 stages, the damped recursion in depth
    public void Integrate_ForcedLinearFixedStepLadder_ObservedOrderTwo(double declaredRadius)
    {
        // y' = −3y + sin 5t: non-autonomous, so the stage abscissae c_j matter; closed form in ForcedLinearSystem.
        var system = new ForcedLinearSystem(-3.0, 5.0);
        var ladder = new List<(double H, double Error)>();
        foreach (var steps in new[] { 20, 40, 80, 160 })
        {
            var h = 2.0 / steps;
            var output = new double[1];
            var s = RungeKuttaChebyshev.Integrate(ref system, new ConstantSpectralRadius(declaredRadius), 0, [1.0], [2.0], output, FixedStep(h), Ct);
            Assert.Equal(steps, s.AcceptedSteps);
            ladder.Add((h, Math.Abs(output[0] - system.Exact(2.0, 1.0))));
        }

        var order = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(Math.Abs(order - 2.0) <= 0.2, $"observed order {order:F3}, expected 2 ± 0.2; ladder {string.Join(", ", ladder)}");
    }

    [Fact]
    public void Integrate_StiffHeatEquation_StableAtAccuracyStepsAndMatchesEigenSolution()
    {
        // 199 interior points: |λ|max ≈ 1.6e5, so DOPRI5 (stability interval ≈ 3.3) would need ≥ |λ|·t/3.3 ≈ 4 800 steps
        // to t = 0.1. The initial state holds the slowest mode and the two fastest (k = 198, 199), which must decay.
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
        var s = RungeKuttaChebyshev.Integrate(ref system, new ConstantSpectralRadius(system.SpectralRadius), 0, y0, [0.05, End], output, options, Ct);

        var dopriSteps = system.SpectralRadius * End / 3.3;
        Assert.True(s.AcceptedSteps + s.RejectedSteps < dopriSteps / 20, $"{s.AcceptedSteps} + {s.RejectedSteps} steps; DOPRI5 would need ≈ {dopriSteps:F0}");
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

            // The controller bounds each step's weighted-RMS local error by 1e-6; over the steps these accumulate into a
            // max-norm global error of some 1e-5 (measured 1.0e-5): 5e-5 allows that and still fails for an unstable or
            // wrong solution (the fast modes alone have amplitude 0.25–0.5).
            Assert.True(worst <= 5e-5, $"max error {worst:E3} at t = {t} (rtol = atol = 1e-6)");
        }
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
