using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Tests.Kernels;

public class RowCombinationProperties
{
    /// <summary>Length 0…67, 1…5 terms (every count the kernel takes: DOPRI5 stages use 2–5, RKC 2 and 5), any seed.</summary>
    public static Arbitrary<(int Seed, int Length, int Terms)> Shapes() =>
        (from seed in ArbMap.Default.GeneratorFor<int>()
         from length in Gen.Choose(0, KernelData.MaxLength)
         from terms in Gen.Choose(1, RowCombination.MaxTerms)
         select (seed, length, terms))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(RowCombinationProperties)], MaxTest = 300)]
    public void Sum_RandomRowsAndLengths_BitIdenticalToPlainLoop((int Seed, int Length, int Terms) shape)
    {
        var (seed, n, terms) = shape;
        var (work, rows, weights) = Setup(seed, n, terms);
        var expected = new double[n];
        for (var i = 0; i < n; i++)
        {
            // The plain loop: (c0·r0 + c1·r1) + c2·r2 + …, each product rounded, no fused multiply–add.
            var acc = weights[0] * work[(rows[0] * n) + i];
            for (var j = 1; j < terms; j++)
            {
                acc += weights[j] * work[(rows[j] * n) + i];
            }

            expected[i] = acc;
        }

        RowCombination.Sum(work, n, 0, rows, weights);

        AssertBits(expected, work.AsSpan(0, n));
    }

    [Property(Arbitrary = [typeof(RowCombinationProperties)], MaxTest = 300)]
    public void Stage_RandomRowsAndLengths_BothOutputsBitIdenticalToPlainLoop((int Seed, int Length, int Terms) shape)
    {
        var (seed, n, terms) = shape;
        var (work, rows, weights) = Setup(seed, n, terms);
        var partialWeights = KernelData.Weights(seed + 1, terms);
        var h = 0.1 + (Math.Abs(seed % 1000) / 1000.0);
        var (expected, expectedPartial) = (new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            // y + h·((a1·k1 + a2·k2) + …) with y in row 2; the partial sum over the same rows with the second weights.
            var (acc, partial) = (0.0, 0.0);
            for (var j = 0; j < terms; j++)
            {
                var x = work[(rows[j] * n) + i];
                (acc, partial) = j == 0 ? (weights[0] * x, partialWeights[0] * x) : (acc + (weights[j] * x), partial + (partialWeights[j] * x));
            }

            (expected[i], expectedPartial[i]) = (work[(2 * n) + i] + (h * acc), partial);
        }

        RowCombination.Stage(work, n, 0, 2, h, rows, weights, 1, partialWeights);

        AssertBits(expected, work.AsSpan(0, n));
        AssertBits(expectedPartial, work.AsSpan(n, n));
    }

    [Fact]
    public void Stage_HandCheckedExample_MatchesArithmetic()
    {
        // Rows: out, partial, y = [1, 2, 3, 4, 5], k1 = [1, 1, 1, 1, 1], k2 = [0, 1, 2, 3, 4]; h = 0.5, a = (2, 4), d = (1, −1).
        // out = y + 0.5·(2·k1 + 4·k2) = y + 1 + 2·k2 = [2, 5, 8, 11, 14]; partial = k1 − k2 = [1, 0, −1, −2, −3].
        double[] work = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 1, 1, 1, 1, 1, 0, 1, 2, 3, 4];

        RowCombination.Stage(work, 5, 0, 2, 0.5, [3, 4], [2.0, 4.0], 1, [1.0, -1.0]);

        Assert.Equal(new[] { 2.0, 5, 8, 11, 14 }, work[..5]);
        Assert.Equal(new[] { 1.0, 0, -1, -2, -3 }, work[5..10]);
    }

    [Fact]
    public void Sum_RowOutsideWorkArray_ThrowsNamingTheRow()
    {
        var work = new double[3 * 4];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RowCombination.Sum(work, 4, 0, [1, 3], [1.0, 1.0]));

        Assert.Equal("rows", error.ParamName);
        Assert.Contains("[0, 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_MoreRowsThanMaxTerms_Throws()
    {
        var rows = Enumerable.Repeat(1, RowCombination.MaxTerms + 1).ToArray();
        var weights = new double[rows.Length];

        var error = Assert.Throws<ArgumentException>(() => RowCombination.Sum(new double[8], 4, 0, rows, weights));

        Assert.Contains($"1 to {RowCombination.MaxTerms} rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_WeightCountDiffersFromRows_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RowCombination.Sum(new double[8], 4, 0, [1], [1.0, 2.0]));

        Assert.Contains("one weight per row", error.Message, StringComparison.Ordinal);
    }

    private static (double[] Work, int[] Rows, double[] Weights) Setup(int seed, int n, int terms)
    {
        // Rows 0–2 are outputs and the stage base; the terms read rows 3…8, in a seeded order (a row may repeat).
        var random = new Random(seed);
        var rows = Enumerable.Range(0, terms).Select(_ => random.Next(3, 9)).ToArray();
        return (KernelData.Work(seed, 9, n), rows, KernelData.Weights(seed, terms));
    }

    private static void AssertBits(double[] expected, ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]),
                $"element {i} of {expected.Length}: kernel {actual[i]:R}, plain loop {expected[i]:R}");
        }
    }
}
