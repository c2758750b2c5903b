using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Evidence.Uncertainty;

public sealed class SampleDesignTests
{
    [Property(MaxTest = 100)]
    public Property Draw_LatinHypercube_HitsEveryStratumOncePerDimension()
    {
        var gen =
            from count in Gen.Choose(1, 300)
            from dimensions in Gen.Choose(1, 6)
            from seed in ArbMap.Default.GeneratorFor<ulong>()
            select (count, dimensions, seed);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (count, dimensions, seed) = t;
            var design = SampleDesign.Draw(count, dimensions, SamplingMethod.LatinHypercube, seed);
            return Enumerable.Range(0, dimensions).All(d =>
            {
                var strata = Enumerable.Range(0, count).Select(i => (int)Math.Floor(design.Probabilities[(i * dimensions) + d] * count));
                return strata.Order().SequenceEqual(Enumerable.Range(0, count));
            });
        });
    }

    [Theory]
    [InlineData(SamplingMethod.MonteCarlo)]
    [InlineData(SamplingMethod.LatinHypercube)]
    public void Draw_SameSeed_SameDesign(SamplingMethod method)
    {
        var a = SampleDesign.Draw(50, 3, method, 2024);
        var b = SampleDesign.Draw(50, 3, method, 2024);
        var c = SampleDesign.Draw(50, 3, method, 2025);

        Assert.Equal(a.Probabilities, b.Probabilities);
        Assert.NotEqual(a.Probabilities, c.Probabilities);
        Assert.All(a.Probabilities, u => Assert.True(u is > 0 and < 1));
    }

    [Fact]
    public void Draw_NoSamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleDesign.Draw(0, 2, SamplingMethod.MonteCarlo, 1));
    }
}
