using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Execution;

public sealed class RequestFactoryTests
{
    [Fact]
    public void Create_NoInterval_SamplesAtReferenceTimesInReferenceUnit()
    {
        var referenceCase = new CaseBuilder("c")
            .WithReference("P", "mmHg", [0.0, 250.0, 1000.0], [100.0, 80.0, 50.0], timeUnit: "ms")
            .Build();

        var request = RequestFactory.Create(referenceCase, seed: 7);

        Assert.Equal("ms", request.Outputs.TimeUnit.Symbol);
        Assert.Equal([0.0, 250.0, 1000.0], request.Outputs.SampleTimes);
        Assert.Equal(7, request.Seed);
        Assert.Equal("c", request.CaseId);
        Assert.Equal(["P"], request.Outputs.Variables.Select(v => v.Name));
    }

    [Fact]
    public void Create_NoInterval_UsesFirstTableHoldingTheOutputs()
    {
        var other = new SeriesTable(new Series("time", SiUnits.Second, [0.0, 9.0]), [new Series("Q", Unit.Parse("mL/s"), [1.0, 2.0])]);
        var holding = new SeriesTable(new Series("time", SiUnits.Second, [0.0, 1.0, 2.0]), [new Series("P", Unit.Parse("mmHg"), [1.0, 2.0, 3.0])]);
        var referenceCase = new CaseBuilder("c")
            .WithReferenceTable("flow.csv", other)
            .WithReferenceTable("pressure.csv", holding)
            .WithOutputs(("P", "mmHg"))
            .Build();

        var request = RequestFactory.Create(referenceCase, 0);

        Assert.Equal([0.0, 1.0, 2.0], request.Outputs.SampleTimes);
    }

    [Fact]
    public void Create_Interval_IncludesBothEnds()
    {
        var referenceCase = new CaseBuilder("c").Spanning(0.0, 1.0).SampledEvery(0.25).Build();

        var request = RequestFactory.Create(referenceCase, 0);

        Assert.Equal([0.0, 0.25, 0.5, 0.75, 1.0], request.Outputs.SampleTimes);
    }

    [Fact]
    public void Create_IntervalNotDividingSpan_EndsExactlyAtEndTime()
    {
        var referenceCase = new CaseBuilder("c").Spanning(0.0, 1.0).SampledEvery(0.3).Build();

        var times = RequestFactory.Create(referenceCase, 0).Outputs.SampleTimes;

        Assert.Equal(5, times.Length);
        Assert.Equal(0.9, times[3], 15);
        Assert.Equal(1.0, times[4]);
    }

    [Fact]
    public void ByInterval_TenThousandSteps_HasNoAccumulatedDrift()
    {
        // 0.1 is not representable in binary: a running sum drifts by ~1e-13 after 10⁴ additions; i·h does not.
        var protocol = new CaseProtocol(new Quantity(0.0, SiUnits.Second), new Quantity(1000.0, SiUnits.Second), []);

        var (_, times) = RequestFactory.ByInterval(protocol, new Quantity(0.1, SiUnits.Second));

        Assert.Equal(10001, times.Length);
        Assert.Equal(7777 * 0.1, times[7777]);
        Assert.Equal(1000.0, times[^1]);
    }

    [Fact]
    public void ByInterval_IntervalInOtherUnit_ConvertsToProtocolUnit()
    {
        var protocol = new CaseProtocol(new Quantity(0.0, SiUnits.Second), new Quantity(0.002, SiUnits.Second), []);

        var (unit, times) = RequestFactory.ByInterval(protocol, new Quantity(1.0, Unit.Parse("ms")));

        Assert.Equal("s", unit.Symbol);
        Assert.Equal([0.0, 0.001, 0.002], times);
    }

    [Fact]
    public void ByInterval_NonPositiveInterval_Throws()
    {
        var protocol = new CaseProtocol(new Quantity(0.0, SiUnits.Second), new Quantity(1.0, SiUnits.Second), []);

        Assert.Throws<ArgumentException>(() => RequestFactory.ByInterval(protocol, new Quantity(0.0, SiUnits.Second)));
    }

    [Property]
    public Property ByInterval_AnySpan_StrictlyIncreasingFromStartToEnd(PositiveInt steps, PositiveInt fraction)
    {
        var end = steps.Get % 500 + 1;
        var h = 1.0 / ((fraction.Get % 7) + 1) + 0.01;
        var protocol = new CaseProtocol(new Quantity(0.0, SiUnits.Second), new Quantity(end, SiUnits.Second), []);

        var (_, times) = RequestFactory.ByInterval(protocol, new Quantity(h, SiUnits.Second));

        var increasing = times.Zip(times.Skip(1)).All(p => p.Second > p.First);
        var spacing = times.Zip(times.Skip(1)).All(p => p.Second - p.First <= h * (1 + 1e-6));
        return (increasing && spacing && times[0] == 0.0 && times[^1] == end).Label($"end {end}, h {h}, n {times.Length}");
    }
}
