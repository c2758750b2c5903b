using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Benchmarks.Problems;

namespace TwinVal.Numerics.Tests.BenchmarkProblems;

public class HodgkinHuxleyJacobianTests
{
    // Natural ranges of the state (V over ~100 mV, gates over [0, 1]): Jacobian errors are measured in units of the
    // change of f_i when y_j moves over its range, so that entries far below their row's size are not held to a
    // relative bound that no difference quotient can meet.
    private static readonly double[] Range = [100.0, 1.0, 1.0, 1.0];

    /// <summary>
    /// V uniform on [−100, 60] mV, or within 10⁻³ mV of the removable singularities at −40 and −55 mV, or exactly on
    /// them; gates uniform on [0, 1] at 10⁻⁶ resolution.
    /// </summary>
    private static Arbitrary<double[]> States() =>
        (from v in Gen.OneOf(
             Gen.Choose(-100_000, 60_000).Select(k => k / 1000.0),
             Gen.Choose(-1000, 1000).Select(k => -40.0 + (k * 1e-6)),
             Gen.Choose(-1000, 1000).Select(k => -55.0 + (k * 1e-6)),
             Gen.Elements(-40.0, -55.0))
         from gates in Gen.Choose(0, 1_000_000).Select(k => k / 1e6).ArrayOf(3)
         select new[] { v, gates[0], gates[1], gates[2] }).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Jacobian_RandomState_MatchesCentralDifferences() =>
        Prop.ForAll(States(), y =>
        {
            var system = default(HodgkinHuxley);
            var analytic = new double[16];
            var dfdt = new double[4];
            system.Jacobian(0, y, analytic, dfdt);
            var plus = new double[4];
            var minus = new double[4];
            var probe = new double[4];
            var worst = 0.0;
            var where = string.Empty;
            for (var j = 0; j < 4; j++)
            {
                // Central differences with δ = 10⁻⁵ of the range: truncation (δ²/6·f‴) and cancellation (u·|terms|/δ)
                // both stay below 10⁻⁸ of the scaled row on this state space (worst measured 9·10⁻⁷ with numpy over
                // 20 000 states, including the singular points); the bound 10⁻⁵ is an order above that, while a wrong
                // derivative (a dropped term, a sign) is off by 10⁻³ or more.
                var delta = 1e-5 * Range[j];
                y.CopyTo(probe, 0);
                probe[j] = y[j] + delta;
                system.Evaluate(0, probe, plus);
                probe[j] = y[j] - delta;
                system.Evaluate(0, probe, minus);
                for (var i = 0; i < 4; i++)
                {
                    var rowScale = 0.0;
                    for (var k = 0; k < 4; k++)
                    {
                        rowScale += Math.Abs(analytic[(i * 4) + k]) * Range[k];
                    }

                    var central = (plus[i] - minus[i]) / (2 * delta);
                    var scaledError = Math.Abs(central - analytic[(i * 4) + j]) * Range[j] / rowScale;
                    if (scaledError > worst)
                    {
                        worst = scaledError;
                        where = $"∂f{i}/∂y{j}: analytic {analytic[(i * 4) + j]:R}, central {central:R}";
                    }
                }
            }

            return (worst <= 1e-5 && dfdt.All(d => d == 0))
                .Label($"y = [{string.Join(", ", y)}]: worst scaled error {worst:E2} (limit 1e-5) at {where}");
        });

    [Theory]
    [InlineData(10.0)]
    [InlineData(-10.0)]
    [InlineData(0.5000001)]
    [InlineData(-0.4999999)]
    [InlineData(60.0)]
    [InlineData(-60.0)]
    public void TrapSlope_AwayFromZero_EqualsTheQuotientRule(double x)
    {
        // d/dx [x/D], D = 1 − e^(−x/10): 1/D − x·e^(−x/10)/(10·D²), evaluated literally (it is accurate away from 0).
        var e = Math.Exp(-x / 10);
        var d = 1 - e;
        var expected = (1 / d) - (x * e / (10 * d * d));
        Assert.Equal(expected, HodgkinHuxley.TrapSlope(x), Math.Abs(expected) * 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1e-9, 0.5)]
    public void TrapSlope_AtTheRemovableSingularity_IsOneHalf(double x, double expected) =>
        Assert.Equal(expected, HodgkinHuxley.TrapSlope(x), 1e-10);

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.5)]
    public void TrapSlope_SeriesAndClosedForm_AgreeAtTheSwitch(double x)
    {
        // Just inside and just outside |z| = 0.05: the series (truncation < 10⁻¹⁴) and the closed form
        // (cancellation ≈ 4u/z² ≈ 4·10⁻¹³) must agree to 10⁻¹².
        var inside = HodgkinHuxley.TrapSlope(Math.BitDecrement(Math.Abs(x)) * Math.Sign(x));
        var outside = HodgkinHuxley.TrapSlope(Math.BitIncrement(Math.Abs(x)) * Math.Sign(x));
        Assert.Equal(inside, outside, 1e-12);
    }
}
