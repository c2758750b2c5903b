using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using TwinVal.Solvers.Ode;
using static TwinVal.Solvers.Tests.Neurology.NeuroRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

/// <summary>The Hodgkin–Huxley solver driven by a tabulated (piecewise-linear) current, the input of hh-ramp-current.</summary>
public class HodgkinHuxleySolverRampTests
{
    private static readonly Unit Current = Unit.Parse("µA/cm^2");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A table of (time in ms, value in µA/cm²) rows, times stored in seconds as the catalogue stores them.</summary>
    private static TabulatedInput Table(params (double Ms, double Value)[] rows) =>
        new("I_stim", Current, "ramp-current.csv", new string('0', 64), false,
            [.. rows.Select(r => new Quantity(r.Ms, Unit.Parse("ms")).In(SiUnits.Second))], [.. rows.Select(r => r.Value)]);

    private static async Task<SolverOutput> Solve(InputSignal input, double[] times) =>
        await new HodgkinHuxleySolver().SolveAsync(Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", times, [input]), Ct);

    private static bool BitIdentical(SolverOutput a, SolverOutput b) =>
        new[] { "V", "m", "h", "n" }.All(name => a.Series.Find(name)!.Values.SequenceEqual(b.Series.Find(name)!.Values));

    // A ramp of zero slope is a constant: with rows only at the ends there is no interior kink to stop at, and the
    // interpolant returns the row value exactly (c + f·0 = c), so the integrator must take the very same steps.
    [Property(MaxTest = 10)]
    public async Task<bool> SolveAsync_FlatTableWithoutInteriorRows_BitIdenticalToConstant(int level)
    {
        var value = (level % 400) / 8.0;   // −50 … 50 µA/cm² in steps of 1/8 (exact in binary)
        var times = Grid(30, 300);

        var table = await Solve(Table((0, value), (30, value)), times);
        var constant = await Solve(new ConstantInput("I_stim", Current, value), times);

        return BitIdentical(table, constant);
    }

    // With the ramp's shape (a row at the kink) but zero slope, the integrator restarts at the kink; a step of zero
    // height at the same time restarts there too, so the two must again agree bit for bit.
    [Property(MaxTest = 10)]
    public async Task<bool> SolveAsync_FlatTableWithKink_BitIdenticalToZeroHeightStep(int level, PositiveInt kink)
    {
        var value = (level % 400) / 8.0;
        var onset = 1 + (kink.Get % 28);   // a whole ms strictly inside (0, 30) ms
        var times = Grid(30, 300);

        var table = await Solve(Table((0, value), (onset, value), (30, value)), times);
        var step = await Solve(new StepInput("I_stim", Current, value, value, new Quantity(onset, Unit.Parse("ms"))), times);

        return BitIdentical(table, step);
    }

    [Theory]
    [InlineData(5.0, 0.0)]      // before the ramp: the first rows' value
    [InlineData(10.0, 0.0)]     // at the kink row
    [InlineData(60.0, 10.0)]    // by hand: 40 · (60 − 10)/200 = 10 µA/cm²
    [InlineData(35.5, 5.1)]     // by hand: 40 · 25.5/200 = 5.1 µA/cm²
    [InlineData(200.0, 38.0)]   // by hand: 40 · 190/200 = 38 µA/cm² (the channel keeps stages a hair inside a segment's ends)
    public void InputChannel_RampTable_InterpolatesLinearlyBetweenRows(double ms, double expected)
    {
        // hh-ramp-current's table; model time in ms (1000 per second), values already in µA/cm² (factor 1).
        var channel = new InputChannel(Table((0, 0), (10, 0), (210, 40)), 1.0, 1000.0);
        channel.BeginSegment(ms <= 10 ? 0 : 10, ms <= 10 ? 10 : 210);

        Assert.Equal(expected, channel.ValueAt(ms), 1e-12);
        Assert.Equal([0.0, 10.0, 210.0], channel.StopTimes.Select(t => Math.Round(t, 9)));
    }

    [Fact]
    public async Task SolveAsync_RampTo40_AccommodatesThenFires13Spikes()
    {
        // hh-ramp-current's protocol; its SciPy DOP853 reference (rtol 1e-12) fires 13 times, first at 80.4696 ms
        // (exact event time), at 14.09 µA/cm², far above the 6.26 µA/cm² step threshold.
        var times = Grid(210, 4200);
        var v = (await Solve(Table((0, 0), (10, 0), (210, 40)), times)).Series.Find("V")!.Values;

        var crossings = Enumerable.Range(1, v.Length - 1).Where(i => v[i - 1] < 0 && v[i] >= 0).ToArray();
        Assert.Equal(13, crossings.Length);
        var first = crossings[0];
        var firstTime = times[first - 1] + ((0 - v[first - 1]) * (times[first] - times[first - 1]) / (v[first] - v[first - 1]));
        Assert.Equal(80.4698, firstTime, 1e-3);   // the sampled crossing the reference gives, 80.4698149 ms
    }
}
