using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Tests.Ensembles;

/// <summary>The binomial score test and its Wilson interval.</summary>
public sealed class FractionTestTests
{
    [Fact]
    public void Evaluate_FortyFiveOfHundredAgainstHalf_PassesWithTheHandComputedMargin()
    {
        var check = FractionTest.Evaluate(45, 100, 0.5, 3.0);

        // limit = 3·√(0.25/100) = 0.15; value = |0.45 − 0.5| = 0.05.
        Assert.Equal(Verdict.Pass, check.Verdict);
        Assert.Equal(0.05, check.Value, 1e-12);
        Assert.Equal(0.15, check.Limit, 1e-12);
        Assert.Equal(0.10, check.Margin, 1e-12);
    }

    [Fact]
    public void Evaluate_TwentyOfHundredAgainstHalf_Fails()
    {
        var check = FractionTest.Evaluate(20, 100, 0.5, 3.0);

        Assert.Equal(Verdict.Fail, check.Verdict);
        Assert.Equal(-0.15, check.Margin, 1e-12);
        Assert.Contains("p̂ = 20/100 = 0.2", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CertainEventAndAllRunsHaveIt_Passes()
    {
        Assert.Equal(Verdict.Pass, FractionTest.Evaluate(30, 30, 1.0, 3.0).Verdict);
        Assert.Equal(Verdict.Fail, FractionTest.Evaluate(29, 30, 1.0, 3.0).Verdict);
    }

    [Theory]
    [InlineData(5, 0, 0.5, 3.0)]
    [InlineData(11, 10, 0.5, 3.0)]
    [InlineData(5, 10, 1.5, 3.0)]
    [InlineData(5, 10, 0.5, 0.0)]
    public void Evaluate_ImpossibleInput_IsAnError(int events, int runs, double p, double z) =>
        Assert.Equal(Verdict.Error, FractionTest.Evaluate(events, runs, p, z).Verdict);

    [Fact]
    public void Wilson_TenOfTwenty_MatchesTheHandComputedInterval()
    {
        // z = 1.96, N = 20, p̂ = 0.5: centre 0.5, half = 1.96·√(0.0125 + 0.0024010)/(1 + 0.192080) = 0.2007…
        var (low, high) = FractionTest.Wilson(0.5, 20, 1.96);

        Assert.Equal(0.29929, low, 1e-4);
        Assert.Equal(0.70071, high, 1e-4);
    }

    [Property]
    public Property Evaluate_PassesExactlyWhenPLiesInTheWilsonInterval()
    {
        var gen = from n in Gen.Choose(1, 500)
                  from k in Gen.Choose(0, n)
                  from p in Gen.Choose(1, 999).Select(i => i / 1000.0)
                  from z in Gen.Elements(1.0, 1.96, 3.0)
                  select (n, k, p, z);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (low, high) = FractionTest.Wilson((double)x.k / x.n, x.n, x.z);
            var inside = x.p >= low - 1e-12 && x.p <= high + 1e-12;
            var passes = FractionTest.Evaluate(x.k, x.n, x.p, x.z).Verdict == Verdict.Pass;

            // Away from the interval's ends (rounding) the score test and the interval agree.
            var nearEdge = Math.Min(Math.Abs(x.p - low), Math.Abs(x.p - high)) < 1e-9;
            return nearEdge || inside == passes;
        });
    }
}
