using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class TabulatedInputTests
{
    private static TabulatedInput Table(bool periodic, double[] t, double[] v) =>
        new("Q_in", Unit.Parse("mL/s"), "flow.csv", new string('0', 64), periodic, [.. t], [.. v]);

    [Fact]
    public void ValueAt_BetweenRows_IsLinearInterpolation()
    {
        var table = Table(false, [0, 0.1, 0.3], [0, 100, 50]);

        Assert.Equal(25.0, table.ValueAt(0.025), 1e-12);
        Assert.Equal(75.0, table.ValueAt(0.2), 1e-12);
        Assert.Equal(100.0, table.ValueAt(0.1));
    }

    [Fact]
    public void ValueAt_OutsideNonPeriodicTable_HoldsEndValues()
    {
        var table = Table(false, [1, 2], [10, 20]);

        Assert.Equal(10.0, table.ValueAt(0.0));
        Assert.Equal(20.0, table.ValueAt(5.0));
    }

    [Fact]
    public void ValueAt_PeriodicTable_RepeatsWithLastMinusFirstTime()
    {
        // Period 0.8 s: 1.7 s and −0.7 s wrap to 0.1 s.
        var table = Table(true, [0, 0.2, 0.8], [0, 200, 0]);

        Assert.Equal(100.0, table.ValueAt(1.7), 1e-9);
        Assert.Equal(100.0, table.ValueAt(-0.7), 1e-9);
    }

    [Fact]
    public void ValueAt_TableNotRead_Throws()
    {
        var table = Table(false, [], []);

        Assert.Throws<InvalidOperationException>(() => table.ValueAt(0));
    }

    [Fact]
    public void Discontinuities_PeriodicTable_ListsRowsOfEveryPeriodOnce()
    {
        var knots = Table(true, [0, 0.2, 0.8], [0, 200, 0]).Discontinuities().Take(5).ToArray();

        Assert.Equal([0, 0.2, 0.8, 1.0, 1.6], knots, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Property]
    public bool ValueAt_AnyTime_LiesBetweenTheNeighbouringRowValues(NormalFloat a, NormalFloat b, PositiveInt step)
    {
        // Linear interpolation never leaves the hull of the two rows it interpolates; periodic wrap keeps that.
        var (v0, v1) = (a.Get, b.Get);
        var table = Table(true, [0, 0.5, 1.0], [v0, v1, v0]);
        var t = step.Get * 0.0137;
        var value = table.ValueAt(t);
        var (lo, hi) = (Math.Min(v0, v1), Math.Max(v0, v1));
        var slack = 1e-12 * (1 + Math.Abs(lo) + Math.Abs(hi));
        return value >= lo - slack && value <= hi + slack;
    }

    [Property]
    public bool Shifted_ByAnyTime_TranslatesTheSignal(PositiveInt shiftMs, PositiveInt atMs)
    {
        var table = Table(false, [0, 0.5, 2.0], [1, 7, 3]);
        var shift = shiftMs.Get % 1000 / 1000.0;
        var t = atMs.Get % 2000 / 1000.0;

        return Math.Abs(table.Shifted(shift).ValueAt(t + shift) - table.ValueAt(t)) < 1e-9;
    }
}
