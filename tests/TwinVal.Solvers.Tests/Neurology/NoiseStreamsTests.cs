using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Solvers.Neurology;

namespace TwinVal.Solvers.Tests.Neurology;

public class NoiseStreamsTests
{
    [Fact]
    public void Derive_SameSeedAndName_SameStreamSeedEveryTime()
    {
        // Fixed by FNV-1a and SplitMix64, not by the process: the value is pinned so a change of the derivation (which
        // would silently change every recorded stochastic run) fails here.
        Assert.Equal(NoiseStreams.Derive(1000, "z_R01"), NoiseStreams.Derive(1000, "z_R01"));
        Assert.Equal(Pinned, NoiseStreams.Derive(1000, "z_R01"));
    }

    [Property]
    public Property Derive_OtherNameOrOtherSeed_OtherStreamSeed(long seed, NonEmptyString name)
    {
        var label = name.Get;
        var other = label + "'";
        return (NoiseStreams.Derive(seed, label) != NoiseStreams.Derive(seed, other)
                && NoiseStreams.Derive(seed, label) != NoiseStreams.Derive(unchecked(seed + 1), label))
            .Label($"seed {seed}, name '{label}'");
    }

    private const ulong Pinned = 18154550141978468007UL;
}
