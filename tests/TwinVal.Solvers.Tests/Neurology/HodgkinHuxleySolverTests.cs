using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Neurology.NeuroRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class HodgkinHuxleySolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PulseInput Pulse(double amplitude, string unit, string timeUnit, double onset, double duration, double? period = null, int? count = null) =>
        new("I_stim", Unit.Parse(unit), 0, amplitude, new Quantity(onset, Unit.Parse(timeUnit)), new Quantity(duration, Unit.Parse(timeUnit)),
            period is { } p ? new Quantity(p, Unit.Parse(timeUnit)) : null, count);

    private static async Task<double[]> Voltage(SolveRequest request) =>
        [.. (await new HodgkinHuxleySolver().SolveAsync(request, Ct)).Series.Find("V")!.Values];

    private static int Spikes(double[] v) => v.Zip(v.Skip(1)).Count(p => p.First < 0 && p.Second >= 0);

    [Fact]
    public async Task SolveAsync_NoStimulusFromRest_StaysAtRest()
    {
        var v = await Voltage(Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", Grid(50, 50)));

        Assert.All(v, x => Assert.Equal(-64.99637933119206, x, 1e-7));
    }

    [Fact]
    public async Task SolveAsync_SuprathresholdPulse_FiresExactlyOneSpikePeakingNear39mV()
    {
        // hh-single-spike's protocol; its SciPy reference peaks at 39.063 mV (0.01 ms grid).
        var v = await Voltage(Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", Grid(25, 2500), [Pulse(10, "µA/cm^2", "ms", 5, 1)]));

        Assert.Equal(1, Spikes(v));
        Assert.Equal(39.063, v.Max(), 1e-3);
    }

    [Fact]
    public async Task SolveAsync_SubthresholdPulse_NoSpike()
    {
        var v = await Voltage(Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", Grid(25, 250), [Pulse(1, "µA/cm^2", "ms", 5, 1)]));

        Assert.Equal(0, Spikes(v));
        Assert.True(v.Max() < -55, $"peak {v.Max()} mV");
    }

    [Fact]
    public async Task SolveAsync_PulseTrain_OneSpikePerPulse()
    {
        // Three 1 ms pulses of 10 µA/cm², 25 ms apart: each recovers from refractoriness before the next.
        var v = await Voltage(Build(
            "hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", Grid(100, 2000), [Pulse(10, "µA/cm^2", "ms", 5, 1, period: 25, count: 3)]));

        Assert.Equal(3, Spikes(v));
    }

    [Fact]
    public async Task SolveAsync_SiUnitsThroughout_SameSpikeAsInSpecificUnits()
    {
        // 1 mS/cm² = 10 S/m², 1 µF/cm² = 0.01 F/m², 1 µA/cm² = 0.01 A/m², 1 mV = 0.001 V; time in s.
        NamedQuantity[] si =
        [
            Q("C_m", 0.01, "F/m^2"), Q("g_Na", 1200, "S/m^2"), Q("g_K", 360, "S/m^2"), Q("g_L", 3, "S/m^2"),
            Q("E_Na", 0.05, "V"), Q("E_K", -0.077, "V"), Q("E_L", -0.054387, "V"),
        ];
        var rest = HodgkinHuxleyRest.With("V", -0.06499637933119206, "V");
        var seconds = Grid(0.025, 250);
        var output = await new HodgkinHuxleySolver().SolveAsync(
            Build("hodgkin-huxley", si, rest, "s", seconds, [Pulse(0.1, "A/m^2", "s", 0.005, 0.001)], [("V", "V")]), Ct);
        var specific = await Voltage(Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest, "ms", Grid(25, 250), [Pulse(10, "µA/cm^2", "ms", 5, 1)]));

        // The solver reports V in its own unit (mV); the harness converts to the case's unit when it compares.
        var reported = output.Series.Find("V")!;
        Assert.Equal("mV", reported.Unit.Symbol);
        Assert.All(Enumerable.Range(0, specific.Length), i => Assert.Equal(specific[i], reported.Values[i], 1e-6));
    }

    [Theory]
    [InlineData("m", 1.2)]
    [InlineData("h", -0.1)]
    public async Task SolveAsync_GateOutsideUnitInterval_ThrowsNamingTheGate(string gate, double value)
    {
        var request = Build("hodgkin-huxley", HhParameters, HodgkinHuxleyRest.With(gate, value, "1"), "ms", Grid(1, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new HodgkinHuxleySolver().SolveAsync(request, Ct));
        Assert.Contains($"'{gate}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_MissingSodiumConductance_ThrowsNamingIt()
    {
        var request = Build("hodgkin-huxley", HhParameters.Without("g_Na"), HodgkinHuxleyRest, "ms", Grid(1, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new HodgkinHuxleySolver().SolveAsync(request, Ct));
        Assert.Contains("'g_Na'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ConductanceInWrongUnit_ThrowsNamingUnits()
    {
        var request = Build("hodgkin-huxley", HhParameters.With("g_K", 36, "mV"), HodgkinHuxleyRest, "ms", Grid(1, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new HodgkinHuxleySolver().SolveAsync(request, Ct));
        Assert.Contains("'g_K'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'mS/cm^2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NegativeCapacitance_ThrowsSolverException()
    {
        var request = Build("hodgkin-huxley", HhParameters.With("C_m", -1, "µF/cm^2"), HodgkinHuxleyRest, "ms", Grid(1, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new HodgkinHuxleySolver().SolveAsync(request, Ct));
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }
}
