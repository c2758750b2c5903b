using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

public class FiniteDifferenceJacobianTests
{
    private static readonly double U = Math.BitIncrement(1.0) - 1.0;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Checks the difference Jacobian entrywise: |D_ij − J_ij| ≤ relative·|J_ij| + 10·u·R_i/σ_j, where σ_j is the
    /// increment used in column j and R_i = |f_i| + Σ_k |J_ik·y_k| bounds the size of the terms that make up f_i
    /// (exactly so for the polynomial kinetics tested here). The second term is the round-off floor of any forward
    /// difference with that increment: an entry whose contribution to f_i is below u·|f_i| over σ_j cannot be seen, by
    /// this or any other single-increment rule. Structural zeros must come out exactly zero.
    /// </summary>
    private static void AssertEntrywise<TSystem>(TSystem system, double[] y, double h, double rtol, double atol, double relative, string where)
        where TSystem : IOdeJacobian
    {
        var n = y.Length;
        var f0 = new double[n];
        system.Evaluate(0, y, f0);
        var difference = new double[n * n];
        var analytic = new double[n * n];
        var spent = default(FiniteDifferenceJacobian<TSystem>).Evaluate(
            ref system, 0, h, rtol, atol, y, f0, difference, new double[n], new double[n], new double[n]);
        Assert.Equal(n + 1, spent);
        system.Jacobian(0, y, analytic, new double[n]);
        var sigma0 = FiniteDifferenceJacobian<TSystem>.MinimumIncrement(h, rtol, atol, y, f0);
        for (var i = 0; i < n; i++)
        {
            var terms = Math.Abs(f0[i]);
            for (var k = 0; k < n; k++)
            {
                terms += Math.Abs(analytic[(i * n) + k] * y[k]);
            }

            for (var j = 0; j < n; j++)
            {
                var sigma = (y[j] + FiniteDifferenceJacobian<TSystem>.Increment(y[j], sigma0, rtol, atol)) - y[j];
                var entry = analytic[(i * n) + j];
                var limit = (relative * Math.Abs(entry)) + (10 * U * terms / sigma);
                var error = Math.Abs(difference[(i * n) + j] - entry);
                Assert.True(
                    entry == 0 ? difference[(i * n) + j] == 0 : error <= limit,
                    $"{where}: ∂f{i}/∂y{j} difference {difference[(i * n) + j]:R} vs analytic {entry:R}, error {error:E2} above limit {limit:E2} " +
                    $"(margin {limit - error:E2}; increment {sigma:E2})");
            }
        }
    }

    [Fact]
    public void Evaluate_RoberAlongItsSolution_MatchesAnalyticToOnePartIn10e6()
    {
        // States along ROBER's solution from t = 10⁻⁵ (y2 ≈ 4·10⁻¹⁰, rising) to 10¹¹ (y2 ≈ 8·10⁻¹³), with the
        // benchmark's tolerances; steps of a tenth of t. Forward differences with σ ≈ √u·|y_j| err by ~10⁻⁸
        // relative here (truncation k2·σ against 2·k2·y2, cancellation u·k1·y1/σ against k3·y3); 10⁻⁶ leaves margin.
        // The old increment √(u·10⁻⁵) ≈ 5·10⁻¹¹ erred by 10⁻¹¹·k2/(k3) ≈ 100 % and more in ∂f2/∂y2 late on.
        double[] times = [1e-5, 1e-3, 1e-1, 1e1, 1e3, 1e5, 1e7, 1e9, 1e11];
        var states = new double[3 * times.Length];
        var system = StiffTestSet.Rober;
        Rodas4.IntegrateWithJacobian(
            ref system, 0, [1.0, 0.0, 0.0], times, states, new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-20 }, Ct);
        for (var k = 0; k < times.Length; k++)
        {
            var y = states.AsSpan(3 * k, 3).ToArray();
            AssertEntrywise(system, y, 0.1 * times[k], 1e-6, 1e-16, 1e-6, $"t = {times[k]:E0}, y = ({y[0]:E3}, {y[1]:E3}, {y[2]:E3})");
        }
    }

    [Theory]
    [InlineData(1e-12, 1e-6, 1e-18)]
    [InlineData(3e-13, 1e-10, 1e-20)]
    [InlineData(1e-12, 1e-3, 0.0)]
    public void Evaluate_ComponentOfSize1e12_MatchesAnalyticToOnePartIn10e6(double y2, double rtol, double atol)
    {
        // ∂f/∂y2 = ±2·10¹²·y2 is of order one; the truncation error 10¹²·σ2 is ~10⁻⁸ of it for σ2 ≈ √u·y2.
        AssertEntrywise(new TinyComponentSystem(), [1.0, y2], 1e-3, rtol, atol, 1e-6, $"y2 = {y2:E1}, rtol {rtol:E0}, atol {atol:E0}");
    }

    [Fact]
    public void MinimumIncrement_HandComputedState_IsThousandRoundoffsOfOneWeightedStep()
    {
        // y = (1, 10⁻¹²), f = (2, −3), rtol 10⁻⁶, atol 10⁻¹⁸, h = 0.5: weights 1/(10⁻⁶ + 10⁻¹⁸) and 1/(10⁻¹⁸ + 10⁻¹⁸).
        double[] y = [1.0, 1e-12];
        double[] f = [2.0, -3.0];
        var w1 = 2.0 / (1e-6 + 1e-18);
        var w2 = -3.0 / (1e-18 + 1e-18);
        var expected = 1000 * U * 0.5 * 2 * Math.Sqrt(((w1 * w1) + (w2 * w2)) / 2);
        var sigma0 = FiniteDifferenceJacobian<TinyComponentSystem>.MinimumIncrement(-0.5, 1e-6, 1e-18, y, f);
        Assert.Equal(expected, sigma0, expected * 1e-14);
    }

    [Fact]
    public void MinimumIncrement_ZeroDerivative_IsOne()
    {
        var sigma0 = FiniteDifferenceJacobian<TinyComponentSystem>.MinimumIncrement(1.0, 1e-6, 1e-9, [1.0, 2.0], [0.0, 0.0]);
        Assert.Equal(1.0, sigma0);
    }

    [Fact]
    public void Increment_ZeroComponentWithoutAbsoluteTolerance_FallsBackToRadauIncrement()
    {
        // y_j = 0 and atol = 0 give a zero weighted increment; the fallback √(u·10⁻⁵) keeps the quotient finite.
        var increment = FiniteDifferenceJacobian<TinyComponentSystem>.Increment(0.0, 1.0, 1e-6, 0.0);
        Assert.Equal(Math.Sqrt(U * 1e-5), increment);
    }

    [Fact]
    public void Increment_LargeWeightedFloor_UsesTheFloor()
    {
        // σ0·(rtol·|y| + atol) = 10⁴·(10⁻³·2 + 10⁻⁶) = 20.01, above √u·2.
        var increment = FiniteDifferenceJacobian<TinyComponentSystem>.Increment(2.0, 1e4, 1e-3, 1e-6);
        Assert.Equal(20.01, increment, 1e-12);
    }
}
