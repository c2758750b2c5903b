using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Evidence.Uncertainty;

public sealed class UncertaintyPropagationTests
{
    private static readonly UncertainParameter[] Inputs =
    [
        new("resistance", new NormalDistribution(1.0, 0.2)),
        new("compliance", new UniformDistribution(0.0, 3.0)),
        new("rate", new TriangularDistribution(0.0, 1.0, 4.0)),
    ];

    // y = 3·x1 − 2·x2 + x3: Var y = 9·0.04 + 4·0.75 + 13/18 and E y = 3 − 3 + 5/3 (independent inputs).
    private static readonly ModelFunction Linear = x => (3 * x[0]) - (2 * x[1]) + x[2];
    private static readonly double ExactSd = Math.Sqrt((9 * 0.04) + (4 * 0.75) + (13.0 / 18));
    private const double ExactMean = 5.0 / 3;

    [Theory]
    [InlineData(SamplingMethod.MonteCarlo, 0.03)]
    [InlineData(SamplingMethod.LatinHypercube, 0.01)]
    public void Propagate_LinearModel_MatchesAnalyticMeanAndSd(SamplingMethod method, double relativeTolerance)
    {
        // 20 000 samples: the Monte Carlo standard error of the SD is about 0.5 %, so 3 % is six standard errors;
        // Latin hypercube stratifies the additive model and does better still.
        var result = UncertaintyPropagation.Propagate(Inputs, Linear, new PropagationOptions(20_000, method, 11));

        Assert.Equal(ExactMean, result.Mean, ExactMean * relativeTolerance);
        Assert.Equal(ExactSd, result.StandardDeviation, ExactSd * relativeTolerance);
        Assert.True(result.IsComplete);
        Assert.Equal(20_000, result.Outputs.Length);
    }

    [Fact]
    public void Propagate_SameSeed_ReproducesOutputs()
    {
        var options = new PropagationOptions(200, SamplingMethod.LatinHypercube, 99);

        var a = UncertaintyPropagation.Propagate(Inputs, Linear, options);
        var b = UncertaintyPropagation.Propagate(Inputs, Linear, options);

        Assert.Equal(a.Outputs, b.Outputs);
        Assert.Equal(a.Summary, b.Summary);
    }

    [Fact]
    public void Propagate_SummaryOfUniform_HasOrderedQuantiles()
    {
        var result = UncertaintyPropagation.Propagate([new UncertainParameter("u", new UniformDistribution(0, 1))], x => x[0], new PropagationOptions(1000, SamplingMethod.LatinHypercube, 3));

        // Latin hypercube puts exactly one sample in each 1/1000 stratum, so each order statistic is within 1/1000 of its quantile.
        Assert.InRange(result.Summary.Minimum, 0, 0.001);
        Assert.Equal(0.025, result.Summary.P025, 0.002);
        Assert.Equal(0.5, result.Summary.Median, 0.002);
        Assert.Equal(0.975, result.Summary.P975, 0.002);
        Assert.InRange(result.Summary.Maximum, 0.999, 1);
    }

    [Fact]
    public void Propagate_ModelReturnsNaN_IsCountedNotHidden()
    {
        var result = UncertaintyPropagation.Propagate(
            [new UncertainParameter("u", new UniformDistribution(0, 1))], x => x[0] < 0.5 ? double.NaN : x[0],
            new PropagationOptions(100, SamplingMethod.LatinHypercube, 5));

        Assert.Equal(50, result.NonFiniteCount);
        Assert.False(result.IsComplete);
        Assert.Equal(0.75, result.Mean, 0.01);
    }
}
