using TwinVal.Numerics.Stabilized;

namespace TwinVal.Numerics.Tests.Stabilized;

public class PowerIterationSpectralRadiusTests
{
    [Fact]
    public void Estimate_HeatEquation_BracketsLargestEigenvalueWithSafetyFactor()
    {
        // Linear system: the difference quotients are exact Jacobian products, so the iteration converges to |λ_n| (from
        // below, stopping at 1 % agreement) and returns 1.2× that: expected within [|λ_n|, 1.25·|λ_n|].
        var system = new HeatLineSystem(99);
        var estimator = new PowerIterationSpectralRadius<HeatLineSystem>(system);
        var y = Enumerable.Range(0, 99).Select(i => system.Mode(1, i)).ToArray();
        var rho = estimator.Estimate(0.0, y);
        var largest = -system.Eigenvalue(99);

        Assert.InRange(rho, largest, 1.25 * largest);
        Assert.True(estimator.Evaluations <= 51, $"{estimator.Evaluations} evaluations");
    }

    [Fact]
    public void Estimate_RepeatedCalls_ReusesEstimateFor25Calls()
    {
        var system = new HeatLineSystem(20);
        var estimator = new PowerIterationSpectralRadius<HeatLineSystem>(system);
        var y = Enumerable.Range(0, 20).Select(i => system.Mode(2, i)).ToArray();
        var first = estimator.Estimate(0.0, y);
        var spent = estimator.Evaluations;
        for (var call = 0; call < 24; call++)
        {
            Assert.Equal(first, estimator.Estimate(0.0, y));
        }

        Assert.Equal(spent, estimator.Evaluations);
        estimator.Estimate(0.0, y);
        Assert.True(estimator.Evaluations > spent, "the 26th call re-estimates");
    }

    [Fact]
    public void Integrate_HeatEquationWithPowerIteration_MatchesEigenSolution()
    {
        // The same check as with the declared bound, the bound now found by the iteration.
        var system = new HeatLineSystem(99);
        var n = system.Dimension;
        var y0 = Enumerable.Range(0, n).Select(i => system.Mode(1, i) + (0.5 * system.Mode(99, i))).ToArray();
        var output = new double[n];
        var options = new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 };
        var estimator = new PowerIterationSpectralRadius<HeatLineSystem>(system);
        RungeKuttaChebyshev.Integrate(ref system, estimator, 0, y0, [0.1], output, options, TestContext.Current.CancellationToken);

        var worst = Enumerable.Range(0, n)
            .Select(i => Math.Abs(output[i] - ((system.Mode(1, i) * Math.Exp(system.Eigenvalue(1) * 0.1)) + (0.5 * system.Mode(99, i) * Math.Exp(system.Eigenvalue(99) * 0.1)))))
            .Max();
        Assert.True(worst <= 5e-5, $"max error {worst:E3}");
    }
}
