using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology.FisherKpp;

namespace TwinVal.Solvers.Tests.Oncology.FisherKpp;

public class FrontLocatorTests
{
    [Fact]
    public void Locate_CrossingBetweenCells_InterpolatesLinearly()
    {
        // Centres 0.25, 0.75, 1.25, 1.75 mm; u falls from 0.9 to 0.5 between 0.75 and 1.25: 0.8 is a quarter of the way.
        double[] u = [1.0, 0.9, 0.5, 0.0];
        Assert.Equal(0.875, FrontLocator.Locate(u, 0.5, 0.8), 12);
    }

    [Fact]
    public void Locate_NothingAboveThreshold_IsZero() =>
        Assert.Equal(0.0, FrontLocator.Locate([0.1, 0.05, 0.0, 0.0], 1.0, 0.16));

    [Fact]
    public void Locate_LastCellStillAbove_ThrowsNamingTheBoundary()
    {
        var error = Assert.Throws<SolverException>(() => FrontLocator.Locate([1.0, 1.0, 0.9], 2.0, 0.8));
        Assert.Contains("domain_length", error.Message, StringComparison.Ordinal);
        Assert.Contains("6 mm", error.Message, StringComparison.Ordinal);
    }

    // Centre 3.5 mm holds 1.0, centre 4.5 mm 0.6: 0.8 lies half-way, at 4.0 mm; the inner crossings are ignored.
    [Fact]
    public void Locate_NonMonotoneProfile_TakesOutermostCrossing() =>
        Assert.Equal(4.0, FrontLocator.Locate([0.0, 1.0, 0.0, 1.0, 0.6, 0.0], 1.0, 0.8), 12);

    // A linear profile is located exactly wherever the threshold falls. It is left unclamped (negative far out) because
    // clamping at zero bends it inside the cell pair that brackets a low threshold, where interpolation is then not exact.
    [Property]
    public bool Locate_LinearProfile_IsExact(PositiveInt slopeTenths, PositiveInt levelPercent)
    {
        var slope = 0.01 + (slopeTenths.Get % 20 / 100.0);
        var level = 0.05 + (levelPercent.Get % 90 / 100.0);
        const double dx = 0.5;
        var u = Enumerable.Range(0, 400).Select(i => 1.0 - (slope * (i + 0.5) * dx)).ToArray();
        var exact = (1.0 - level) / slope;
        return exact > dx && Math.Abs(FrontLocator.Locate(u, dx, level) - exact) <= 1e-9;
    }
}
