using TwinVal.Harness.Evidence.Stochastic;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Tests.Evidence.Stochastic;

public sealed class MomentTestTests
{
    private static readonly MomentTestBounds Small = new(MinimumRuns: 2);

    [Fact]
    public void Evaluate_OneToFive_ByHand()
    {
        // X̄ = 3, S² = 2.5: with μ = 3 and σ² = 2.5 both statistics are exactly 0.
        var result = MomentTest.Evaluate([1, 2, 3, 4, 5], 3, Math.Sqrt(2.5), Small);

        Assert.Equal(0.0, result.Z, 12);
        Assert.Equal(0.0, result.Y, 12);
        Assert.Equal(Verdict.Pass, result.Verdict);
    }

    [Fact]
    public void Evaluate_ZeroAndTwo_ByHand()
    {
        // N = 2, X̄ = 1, S² = 2; μ = 0, σ = 1: Z = √2·1 = 1.414…, Y = √1·(2 − 1) = 1.
        var result = MomentTest.Evaluate([0, 2], 0, 1, Small);

        Assert.Equal(Math.Sqrt(2), result.Z, 12);
        Assert.Equal(1.0, result.Y, 12);
        Assert.Equal(2.0, result.SampleVariance, 12);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Evaluate_NormalSamplesFromTheReference_Pass(ulong seed)
    {
        var samples = Normal(10_000, 5, 2, seed);

        var result = MomentTest.Evaluate(samples, 5, 2, new MomentTestBounds());

        Assert.Equal(Verdict.Pass, result.Verdict);
    }

    [Fact]
    public void Evaluate_ExponentialSamples_PassWithTheirMoments()
    {
        // Exponential(rate 1): mean 1, SD 1; the inverse CDF −ln(1 − u) of seeded uniforms.
        var random = new Xoshiro256StarStar(17);
        var samples = Enumerable.Range(0, 10_000).Select(_ => -Math.Log(1 - random.NextOpenUnit())).ToArray();

        var result = MomentTest.Evaluate(samples, 1, 1, new MomentTestBounds());

        Assert.Equal(Verdict.Pass, result.Verdict);
    }

    [Fact]
    public void Evaluate_ShiftedMean_FailsMeanTest()
    {
        // A 0.1σ bias over 10 000 runs gives Z ≈ √10000·0.1 = 10.
        var samples = Normal(10_000, 5.2, 2, 4);

        var result = MomentTest.Evaluate(samples, 5, 2, new MomentTestBounds());

        Assert.Equal(Verdict.Fail, result.MeanCheck.Verdict);
        Assert.InRange(result.Z, 7, 13);
        Assert.True(result.MeanCheck.Margin < 0);
    }

    [Fact]
    public void Evaluate_WrongSpread_FailsVarianceTest()
    {
        // True σ = 2 against a claimed 1.8: Y ≈ √5000·(4/3.24 − 1) ≈ 16.6.
        var samples = Normal(10_000, 5, 2, 5);

        var result = MomentTest.Evaluate(samples, 5, 1.8, new MomentTestBounds());

        Assert.Equal(Verdict.Fail, result.VarianceCheck.Verdict);
        Assert.InRange(result.Y, 12, 21);
    }

    [Fact]
    public void Evaluate_DeterministicPoint_PassesOnlyWhenEveryRunHitsIt()
    {
        Assert.Equal(Verdict.Pass, MomentTest.Evaluate([100, 100, 100], 100, 0, Small).Verdict);
        Assert.Equal(Verdict.Fail, MomentTest.Evaluate([100, 101, 100], 100, 0, Small).Verdict);
    }

    [Fact]
    public void Evaluate_TooFewRuns_IsError()
    {
        var result = MomentTest.Evaluate([1, 2, 3], 2, 1, new MomentTestBounds());

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("minimum is 1000", result.MeanCheck.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NonFiniteRun_IsError()
    {
        Assert.Equal(Verdict.Error, MomentTest.Evaluate([1, double.NaN, 3], 2, 1, Small).Verdict);
    }

    [Fact]
    public void EvaluateTimeCourse_PerPoint_JudgesEachAgainstItsReference()
    {
        // Point 0 is deterministic (σ = 0, every run 10); point 1 is N(5, 2) samples judged right; point 2 judged with a wrong mean.
        var column1 = Normal(2000, 5, 2, 8);
        var column2 = Normal(2000, 0, 1, 9);
        var runs = Enumerable.Range(0, 2000).Select(i => new[] { 10.0, column1[i], column2[i] }).ToArray();

        var results = MomentTest.EvaluateTimeCourse(runs, [10, 5, 0.5], [0, 2, 1], new MomentTestBounds());

        Assert.Equal([Verdict.Pass, Verdict.Pass, Verdict.Fail], results.Select(r => r.Verdict));
    }

    [Fact]
    public void EvaluateTimeCourse_RunOfWrongLength_IsErrorAtEveryPoint()
    {
        double[][] runs = [[1, 2], [1], [1, 2]];

        var results = MomentTest.EvaluateTimeCourse(runs, [1, 2], [1, 1], Small);

        Assert.All(results, r => Assert.Equal(Verdict.Error, r.Verdict));
        Assert.Contains("run 1 has 1 values", results[0].MeanCheck.Message, StringComparison.Ordinal);
    }

    private static double[] Normal(int count, double mean, double sd, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        return Enumerable.Range(0, count).Select(_ => mean + (sd * StandardNormal.Quantile(random.NextOpenUnit()))).ToArray();
    }
}
