using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.Kernels;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Numerics.Tests.Kernels;

public class WeightedRmsProperties
{
    private const double Rtol = 1e-6, Atol = 1e-8;

    /// <summary>Length 1…67 (the norm divides by n) and any seed.</summary>
    public static Arbitrary<(int Seed, int Length)> Shapes() =>
        (from seed in ArbMap.Default.GeneratorFor<int>()
         from length in Gen.Choose(1, KernelData.MaxLength)
         select (seed, length))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(WeightedRmsProperties)], MaxTest = 300)]
    public void SumOfSquares_DormandPrinceEstimate_NormWithin1e14OfPlainLoop((int Seed, int Length) shape)
    {
        // Rows y, y1, P, k7. Each term is computed as the plain loop does; only the order of the n additions differs.
        // Both sums of n ≤ 67 positive terms are within (n − 1)·u ≈ 7.3e-15 of the exact sum, so they differ by at most
        // ≈ 1e-14 relative, and the square root halves that: 1e-14 on the norm holds for every input, not just typical ones.
        var (seed, n) = shape;
        var work = KernelData.Work(seed, 4, n);
        var (y, y1, p, k7) = (work[..n], work[n..(2 * n)], work[(2 * n)..(3 * n)], work[(3 * n)..]);
        var h = 0.01;
        var expected = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = h * (p[i] + (DormandPrinceCoefficients.E7 * k7[i]));
            var sk = Atol + (Rtol * Math.Max(Math.Abs(y[i]), Math.Abs(y1[i])));
            expected += (e / sk) * (e / sk);
        }

        var estimate = new DormandPrinceErrorEstimate(p, k7, h);
        var actual = WeightedRms.SumOfSquares(y, y1, Rtol, Atol, ref estimate);

        AssertNorm(Math.Sqrt(expected / n), Math.Sqrt(actual / n));
    }

    [Property(Arbitrary = [typeof(WeightedRmsProperties)], MaxTest = 300)]
    public void SumOfSquares_ChebyshevEstimate_NormWithin1e14OfPlainLoop((int Seed, int Length) shape)
    {
        var (seed, n) = shape;
        var work = KernelData.Work(seed, 4, n);
        var (y, yNew, f, fNew) = (work[..n], work[n..(2 * n)], work[(2 * n)..(3 * n)], work[(3 * n)..]);
        var h = 0.03;
        var expected = 0.0;
        for (var i = 0; i < n; i++)
        {
            // RKC's plain loop as it was: est = 0.8(y − yNew) + 0.4h(f + fNew), d = est / (atol + rtol·max(|y|, |yNew|)).
            var est = (0.8 * (y[i] - yNew[i])) + (0.4 * h * (f[i] + fNew[i]));
            var d = est / (Atol + (Rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i]))));
            expected += d * d;
        }

        var estimate = new ChebyshevErrorEstimate(y, yNew, f, fNew, h);
        var actual = WeightedRms.SumOfSquares(y, yNew, Rtol, Atol, ref estimate);

        AssertNorm(Math.Sqrt(expected / n), Math.Sqrt(actual / n));
    }

    [Property(Arbitrary = [typeof(WeightedRmsProperties)], MaxTest = 300)]
    public void SumOfSquares_VectorAndScalarPaths_BitIdentical((int Seed, int Length) shape)
    {
        // The four-lane order is fixed, so a machine without 4-wide vectors (the scalar path) takes the same steps.
        var (seed, n) = shape;
        var work = KernelData.Work(seed, 4, n);
        var (y, y1, p, k7) = (work[..n], work[n..(2 * n)], work[(2 * n)..(3 * n)], work[(3 * n)..]);
        var estimate = new DormandPrinceErrorEstimate(p, k7, 0.02);

        var vector = WeightedRms.SumOfSquares(y, y1, Rtol, Atol, ref estimate);
        var scalar = WeightedRms.SumOfSquaresScalar(y, y1, Rtol, Atol, ref estimate);

        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(vector));
    }

    [Fact]
    public void SumOfSquares_HandCheckedExample_MatchesArithmetic()
    {
        // Five elements (a 4-wide body plus a tail of one): y = 1, y1 = 3, so sk = 0.5 + 0.5·3 = 2 everywhere; with
        // P = [2, 4, 0, −2, 6], k7 = 0 and h = 1 the terms are (P/2)² = 1, 4, 0, 1, 9: sum 15.
        double[] y = [1, 1, 1, 1, 1], y1 = [3, 3, 3, 3, 3], p = [2, 4, 0, -2, 6], k7 = [0, 0, 0, 0, 0];
        var estimate = new DormandPrinceErrorEstimate(p, k7, 1.0);

        Assert.Equal(15.0, WeightedRms.SumOfSquares(y, y1, 0.5, 0.5, ref estimate));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(8)]
    public void SumOfSquares_NaNInNewSolution_SumIsNaN(int position)
    {
        // A NaN in y1 with finite stages (the NaN came from an inf − inf in y1 alone) must still reach the norm, as
        // Math.Max propagates it in the plain loop, so the integrator rejects the step instead of accepting NaN.
        var y = Enumerable.Repeat(1.0, 9).ToArray();
        var y1 = Enumerable.Repeat(1.0, 9).ToArray();
        y1[position] = double.NaN;
        var p = Enumerable.Repeat(1e-9, 9).ToArray();
        var estimate = new DormandPrinceErrorEstimate(p, new double[9], 1.0);

        Assert.True(double.IsNaN(WeightedRms.SumOfSquares(y, y1, 1e-6, 1e-6, ref estimate)));
    }

    [Fact]
    public void SumOfSquares_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
        {
            var estimate = new DormandPrinceErrorEstimate(new double[3], new double[3], 1.0);
            return WeightedRms.SumOfSquares(new double[3], new double[2], 1e-6, 1e-6, ref estimate);
        });
    }

    private static void AssertNorm(double expected, double actual) =>
        Assert.True(
            Math.Abs(actual - expected) <= 1e-14 * Math.Abs(expected),
            $"kernel norm {actual:R}, plain loop {expected:R}: relative difference {Math.Abs(actual - expected) / expected:E2} > 1e-14");
}
