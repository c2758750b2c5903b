using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Comparison;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class InterpolationTests
{
    [Property]
    public bool At_AnyPointInInterval_StaysBetweenNeighbours(NormalFloat a, NormalFloat b, byte fraction)
    {
        // Between two samples at t = 0 and t = 1, linear interpolation never leaves [min(a, b), max(a, b)].
        var t = fraction / 255.0;
        var value = Interpolation.At([0.0, 1.0], [a.Get, b.Get], t);

        return value >= Math.Min(a.Get, b.Get) && value <= Math.Max(a.Get, b.Get);
    }

    [Fact]
    public void At_QuarterPoint_IsWeightedMean()
    {
        // Samples 8 at t = 2 s and 16 at t = 6 s: at t = 3 s, w = 1/4 → 8 + (16 − 8)/4 = 10.
        Assert.Equal(10.0, Interpolation.At([0.0, 2.0, 6.0], [0.0, 8.0, 16.0], 3.0));
    }
}
