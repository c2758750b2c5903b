using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Evidence.Uncertainty;

public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void SplitMix64_Seed1234567_GivesReferenceSequence()
    {
        // Outputs of Vigna's splitmix64.c for x = 1234567, as asserted by other ports (e.g. Arc.Crypto's Xoshiro256StarStarTest).
        var x = 1234567UL;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];

        var actual = expected.Select(_ => Xoshiro256StarStar.SplitMix64(ref x)).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void NextUInt64_StateZeroZeroZeroOne_FollowsTheRecurrenceByHand()
    {
        // By hand: output = rotl(s1·5, 7)·9. s1 stays 0 for two steps; the state then is (1 + 2^45, 1, 1, 2^26),
        // so the third output is rotl(5, 7)·9 = 640·9 = 5760.
        var random = new Xoshiro256StarStar(0, 0, 0, 1);

        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(5760UL, random.NextUInt64());
    }

    [Fact]
    public void NextOpenUnit_SameSeed_SameSequence_DifferentSeed_Differs()
    {
        var a = new Xoshiro256StarStar(42);
        var b = new Xoshiro256StarStar(42);
        var c = new Xoshiro256StarStar(43);

        var sa = Enumerable.Range(0, 100).Select(_ => a.NextOpenUnit()).ToArray();
        var sb = Enumerable.Range(0, 100).Select(_ => b.NextOpenUnit()).ToArray();
        var sc = Enumerable.Range(0, 100).Select(_ => c.NextOpenUnit()).ToArray();

        Assert.Equal(sa, sb);
        Assert.NotEqual(sa, sc);
        Assert.All(sa, u => Assert.InRange(u, double.Epsilon, 1 - 1e-17));
    }

    [Fact]
    public void NextBelow_ManyDraws_StaysInRangeAndHitsEveryValue()
    {
        var random = new Xoshiro256StarStar(7);

        var draws = Enumerable.Range(0, 10_000).Select(_ => random.NextBelow(7)).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0, 6));
        Assert.Equal(7, draws.Distinct().Count());
    }
}
