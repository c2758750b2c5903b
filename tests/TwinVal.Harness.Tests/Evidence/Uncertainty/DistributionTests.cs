using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Evidence.Uncertainty;

public sealed class DistributionTests
{
    [Fact]
    public void Uniform_QuantileMeanVariance_ByHand()
    {
        var d = new UniformDistribution(2, 6);

        Assert.Equal(3.0, d.Quantile(0.25), 12);
        Assert.Equal(4.0, d.Mean);
        Assert.Equal(16.0 / 12, d.Variance, 12);
    }

    [Fact]
    public void Normal_Quantile_ScalesStandardNormal()
    {
        var d = new NormalDistribution(10, 2);

        Assert.Equal(10 + (2 * 1.959963985), d.Quantile(0.975), 7);
        Assert.Equal(4.0, d.Variance);
    }

    [Fact]
    public void LogNormal_MedianIsExpMu_MeanAndVarianceClosedForm()
    {
        var d = new LogNormalDistribution(1, 0.5);

        Assert.Equal(Math.E, d.Quantile(0.5), 12);
        Assert.Equal(Math.Exp(1.125), d.Mean, 12);
        Assert.Equal((Math.Exp(0.25) - 1) * Math.Exp(2.25), d.Variance, 10);
    }

    [Fact]
    public void Triangular_Quantiles_ByHand()
    {
        // a = 0, c = 1, b = 4: F(c) = 1/4; F^-1(1/16) = √(1/16·4·1) = 0.5; F^-1(1 − 1/12) = 4 − √(1/12·4·3) = 3.
        var d = new TriangularDistribution(0, 1, 4);

        Assert.Equal(0.5, d.Quantile(1.0 / 16), 12);
        Assert.Equal(1.0, d.Quantile(0.25), 12);
        Assert.Equal(3.0, d.Quantile(1 - (1.0 / 12)), 12);
        Assert.Equal(5.0 / 3, d.Mean, 12);
        Assert.Equal((0 + 1 + 16 - 0 - 0 - 4) / 18.0, d.Variance, 12);
    }

    [Fact]
    public void Constructors_BadParameters_ThrowNamingTheParameter()
    {
        Assert.Equal("standardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(0, -1)).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(1, 1)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => new TriangularDistribution(0, 5, 4)).ParamName);
        Assert.Equal("logMean", Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormalDistribution(double.NaN, 1)).ParamName);
    }
}
