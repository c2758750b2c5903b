using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Evidence.Uncertainty;

public sealed class StandardNormalTests
{
    // Reference quantiles to 9 digits, as printed in normal tables (Abramowitz & Stegun 1964, ch. 26) and as given by
    // CPython 3.11 statistics.NormalDist().inv_cdf, an independent implementation.
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.95, 1.644853627)]
    [InlineData(0.99, 2.326347874)]
    [InlineData(0.999, 3.090232306)]
    [InlineData(0.025, -1.959963985)]
    [InlineData(1e-10, -6.361340902)]
    public void Quantile_TabulatedProbabilities_MatchTables(double probability, double expected)
    {
        Assert.Equal(expected, StandardNormal.Quantile(probability), 8);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Quantile_OutsideUnitInterval_IsNaN(double probability)
    {
        Assert.True(double.IsNaN(StandardNormal.Quantile(probability)));
    }

    [Fact]
    public void Quantile_EndPoints_AreInfinite()
    {
        Assert.Equal(double.NegativeInfinity, StandardNormal.Quantile(0));
        Assert.Equal(double.PositiveInfinity, StandardNormal.Quantile(1));
    }
}
