using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class PassiveMembraneSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Hand-derived: τ = 10 kΩ·cm² · 1 µF/cm² = 10 ms; I·R = 1 µA/cm² · 10 kΩ·cm² = 10 mV; pulse 10–60 ms.
    private static double Exact(double ms) => ms switch
    {
        <= 10 => -65,
        <= 60 => -65 + (10 * (1 - Math.Exp(-(ms - 10) / 10))),
        _ => -65 + (10 * (1 - Math.Exp(-5.0)) * Math.Exp(-(ms - 60) / 10)),
    };

    private static PulseInput Pulse(double amplitude, string unit) =>
        new("I_stim", Unit.Parse(unit), 0, amplitude, new Quantity(10, Unit.Parse("ms")), new Quantity(50, Unit.Parse("ms")));

    private static SolveRequest Request(string timeUnit, double[] times, PulseInput pulse, string capacitanceUnit = "µF/cm^2", double capacitance = 1) =>
        Build(
            "passive-membrane",
            [Q("C_m", capacitance, capacitanceUnit), Q("R_m", 10, "kΩ*cm^2"), Q("E_L", -65, "mV")],
            Q("V", -65, "mV"),
            timeUnit,
            times,
            [pulse],
            numerics: new NumericsSettings(1e-10, 1e-10));

    [Fact]
    public async Task SolveAsync_CurrentPulse_MatchesPiecewiseClosedForm()
    {
        var times = Grid(100, 1000);
        var output = await new PassiveMembraneSolver().SolveAsync(Request("ms", times, Pulse(1, "µA/cm^2")), Ct);

        Assert.True(MaxError(output.Series.Find("V")!.Values, times, Exact) < 1e-7);
    }

    [Fact]
    public async Task SolveAsync_TimesInSecondsAndCurrentInNanoampsPerSquareMillimetre_GiveSameVoltage()
    {
        // 1 µA/cm² = 10 nA/mm² and 1 µF/cm² = 0.01 F/m²; sample times given in s are reported in s.
        var seconds = Grid(0.1, 100);
        var output = await new PassiveMembraneSolver().SolveAsync(Request("s", seconds, Pulse(10, "nA/mm^2"), "F/m^2", 0.01), Ct);

        Assert.Equal("s", output.Series.Time.Unit.Symbol);
        Assert.Equal(seconds, output.Series.Time.Values);
        Assert.True(MaxError(output.Series.Find("V")!.Values, seconds, s => Exact(s * 1000)) < 1e-7);
    }

    [Fact]
    public async Task SolveAsync_MissingResistance_ThrowsSolverException()
    {
        var request = Build("passive-membrane", [Q("C_m", 1, "µF/cm^2"), Q("E_L", -65, "mV")], Q("V", -65, "mV"), "ms", Grid(10, 10));
        var error = await Assert.ThrowsAsync<SolverException>(() => new PassiveMembraneSolver().SolveAsync(request, Ct));
        Assert.Contains("'R_m'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_StimulusInWrongUnit_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new PassiveMembraneSolver().SolveAsync(Request("ms", Grid(100, 10), Pulse(1, "mV")), Ct));
        Assert.Contains("input 'I_stim'", error.Message, StringComparison.Ordinal);
    }
}
