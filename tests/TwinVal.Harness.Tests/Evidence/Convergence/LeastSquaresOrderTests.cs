using TwinVal.Harness.Evidence.Convergence;

namespace TwinVal.Harness.Tests.Evidence.Convergence;

public sealed class LeastSquaresOrderTests
{
    [Fact]
    public void AgainstExact_PowerLaw_GivesOrderCoefficientAndPerfectFit()
    {
        var levels = new[] { 0.5, 0.25, 0.125, 0.0625 }.Select(h => new RefinementLevel(h, 2 + (3 * h * h * h))).ToArray();

        var fit = LeastSquaresOrder.AgainstExact(levels, 2, 1e-14);

        Assert.NotNull(fit);
        Assert.Equal(3.0, fit.Order, 9);
        Assert.Equal(3.0, fit.Coefficient, 8);
        Assert.Equal(1.0, fit.RSquared, 12);
    }

    [Fact]
    public void AgainstExact_LevelInRoundOff_IsLeftOut()
    {
        RefinementLevel[] levels = [new(0.001, 1.0), new(0.1, 1.01), new(0.2, 1.04)];

        var fit = LeastSquaresOrder.AgainstExact(levels, 1.0, 1e-12);

        Assert.NotNull(fit);
        Assert.Equal(2, fit.Points);
        Assert.Equal(2.0, fit.Order, 9);
    }

    [Fact]
    public void OfDifferences_ConstantRatio_GivesOrder()
    {
        var levels = new[] { 0.1, 0.2, 0.4, 0.8 }.Select(h => new RefinementLevel(h, 5 - (0.2 * h))).ToArray();

        var fit = LeastSquaresOrder.OfDifferences(levels, 1e-14);

        Assert.NotNull(fit);
        Assert.Equal(1.0, fit.Order, 9);
        Assert.Equal("successive-differences", fit.Source);
    }

    [Fact]
    public void OfDifferences_ThreeLevels_IsNull()
    {
        var levels = new[] { 0.1, 0.2, 0.4 }.Select(h => new RefinementLevel(h, h * h)).ToArray();

        Assert.Null(LeastSquaresOrder.OfDifferences(levels, 0));
    }
}
