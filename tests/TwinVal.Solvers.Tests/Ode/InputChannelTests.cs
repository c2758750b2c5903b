using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Tests.Ode;

public class InputChannelTests
{
    private static readonly Unit Ms = Unit.Parse("ms");

    // 1 µA/cm² pulse from 10 ms for 50 ms, read in µA/cm² on an internal time axis in ms (1000 ms per second).
    private static InputChannel Pulse() => new(
        new PulseInput("I_stim", Unit.Parse("µA/cm^2"), 0, 1, new Quantity(10, Ms), new Quantity(50, Ms)), 1.0, 1000.0);

    [Fact]
    public void ValueAt_StageExactlyOnTheJump_TakesTheValueOfItsSegment()
    {
        var channel = Pulse();

        channel.BeginSegment(0, 10);
        Assert.Equal(0.0, channel.ValueAt(10));

        channel.BeginSegment(10, 60);
        Assert.Equal(1.0, channel.ValueAt(10));
        Assert.Equal(1.0, channel.ValueAt(60));

        channel.BeginSegment(60, 100);
        Assert.Equal(0.0, channel.ValueAt(60));
    }

    [Fact]
    public void StopTimes_Pulse_AreOnsetAndEndInInternalTime()
    {
        // Converted through seconds (0.01 s + 0.05 s), the pulse end carries a rounding error of a few ulp.
        var stops = Pulse().StopTimes;
        Assert.Equal(2, stops.Length);
        Assert.Equal(10.0, stops[0], 1e-12);
        Assert.Equal(60.0, stops[1], 1e-12);
    }

    [Fact]
    public void ValueAt_UnitFactor_ConvertsTheValue()
    {
        // A signal in nA/mm² read in µA/cm²: 1 nA/mm² = 0.1 µA/cm².
        var signal = new ConstantInput("I_stim", Unit.Parse("nA/mm^2"), 10);
        var channel = new InputChannel(signal, signal.Unit.FactorTo(Unit.Parse("µA/cm^2")), 1000.0);
        channel.BeginSegment(0, 100);

        Assert.Equal(1.0, channel.ValueAt(50), 1e-15);
    }

    [Fact]
    public void ValueAt_SineInput_FollowsTimeWithinTheSegment()
    {
        // 0.5 Hz sine read on a time axis in s: value sin(π·t).
        var signal = new SineInput("Q_in", Unit.Parse("mL/s"), 0, 1, new Quantity(0.5, SiUnits.Hertz), 0);
        var channel = new InputChannel(signal, 1.0, 1.0);
        channel.BeginSegment(0, 2);

        Assert.Equal(1.0, channel.ValueAt(0.5), 1e-15);
        Assert.Equal(Math.Sin(Math.PI * 1.25), channel.ValueAt(1.25), 1e-15);
    }

    [Fact]
    public void Zero_AnyTime_IsZero()
    {
        var channel = InputChannel.Zero;
        channel.BeginSegment(0, 1);

        Assert.Equal(0.0, channel.ValueAt(0.5));
        Assert.Empty(channel.StopTimes);
    }

    [Fact]
    public void ValueAt_TabulatedInput_InterpolatesInModelUnitAndInternalTime()
    {
        // Rows in mL/s at 0, 0.1, 0.2 s; model reads L/min (× 0.06) on a ms axis: at 50 ms the row midpoint, 300 mL/s.
        var table = new TabulatedInput("Q_in", Unit.Parse("mL/s"), "flow.csv", new string('0', 64), true, [0, 0.1, 0.2], [0, 600, 0]);
        var channel = new InputChannel(table, Unit.Parse("mL/s").FactorTo(Unit.Parse("L/min")), 1000.0);

        channel.BeginSegment(0, 100);

        Assert.Equal(18.0, channel.ValueAt(50), 1e-12);
        Assert.Equal([0.0, 100.0, 200.0, 300.0], channel.StopTimes.Take(4), (a, b) => Math.Abs(a - b) < 1e-9);
    }
}
