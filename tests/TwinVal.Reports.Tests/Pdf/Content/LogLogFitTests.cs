using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Reports.Pdf.Content;

namespace TwinVal.Reports.Tests.Pdf.Content;

public class LogLogFitTests
{
    // Law: points on an exact power law y = c·h^p give back slope p and pass through every point.
    [Property]
    public Property Of_ExactPowerLaw_RecoversOrderAndValues() =>
        Prop.ForAll(
            Gen.Choose(1, 60).Select(i => i / 10.0).ToArbitrary(),
            Gen.Choose(-6, 6).Select(i => Math.Pow(10, i)).ToArbitrary(),
            (p, c) =>
            {
                double[] h = [0.01, 0.02, 0.04, 0.08];
                var fit = LogLogFit.Of([.. h.Select(x => (x, c * Math.Pow(x, p)))])!.Value;
                return Math.Abs(fit.Slope - p) < 1e-9 && h.All(x => Math.Abs((fit.At(x) / (c * Math.Pow(x, p))) - 1) < 1e-9);
            });

    [Fact]
    public void Of_HandComputedThreePoints_GivesLeastSquaresSlope()
    {
        // log10 points (0, 0), (1, 2), (2, 3): mean x 1, mean y 5/3; slope = Σ(x−1)(y−5/3) / Σ(x−1)² = (5/3 + 4/3)/2 = 1.5.
        var fit = LogLogFit.Of([(1.0, 1.0), (10.0, 100.0), (100.0, 1000.0)])!.Value;

        Assert.Equal(1.5, fit.Slope, 12);
        Assert.Equal((5.0 / 3) - 1.5, fit.Intercept, 12);
    }

    [Fact]
    public void Of_ZeroErrorsAndOnePositivePoint_IsNull()
    {
        Assert.Null(LogLogFit.Of([(0.01, 0.0), (0.02, 1e-4), (0.04, double.NaN)]));
    }
}
