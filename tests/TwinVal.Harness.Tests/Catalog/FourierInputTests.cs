using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class FourierInputTests
{
    private const string ConstantInput = "    - {name: Q_in, kind: constant, value: 0.0, unit: mL/s}";

    [Fact]
    public void ValueAt_TwoHarmonics_IsHandComputedSum()
    {
        // f = 1.25 Hz: at t = 0.2 s the fundamental's angle is π/2, the second harmonic's π.
        var input = new FourierInput("Q_in", Unit.Parse("mL/s"), 90, new Quantity(1.25, SiUnits.Hertz), null,
            [new FourierHarmonic(100, 0), new FourierHarmonic(40, Math.PI / 2)]);

        Assert.Equal(90 + 100 + (40 * Math.Sin((3 * Math.PI) / 2)), input.ValueAt(0.2), 1e-12);
        Assert.Equal(90 + 40, input.ValueAt(0.0), 1e-12);
    }

    [Property]
    public bool ValueAt_PeriodOrFrequency_GiveTheSameSignal(PositiveInt periodMs, NormalFloat t, NormalFloat a1, NormalFloat phase)
    {
        var period = new Quantity(periodMs.Get, Unit.Parse("ms"));
        var frequency = new Quantity(1000.0 / periodMs.Get, SiUnits.Hertz);
        FourierHarmonic[] harmonics = [new(a1.Get, phase.Get), new(1.0, 0.3)];
        var byPeriod = new FourierInput("q", Unit.Dimensionless, 2, null, period, [.. harmonics]);
        var byFrequency = new FourierInput("q", Unit.Dimensionless, 2, frequency, null, [.. harmonics]);
        var scale = 1e-9 * (3 + Math.Abs(a1.Get)) * (1 + Math.Abs(t.Get * 1000.0 / periodMs.Get));
        return Math.Abs(byPeriod.ValueAt(t.Get) - byFrequency.ValueAt(t.Get)) <= scale;
    }

    [Property]
    public bool ValueAt_IsPeriodic(PositiveInt periodMs, NormalFloat t)
    {
        var input = new FourierInput("q", Unit.Dimensionless, 1, null, new Quantity(periodMs.Get, Unit.Parse("ms")),
            [new FourierHarmonic(3, 0.2), new FourierHarmonic(2, -1), new FourierHarmonic(1, 2)]);
        var x = t.Get % 1e3;
        return Math.Abs(input.ValueAt(x) - input.ValueAt(x + (periodMs.Get / 1000.0))) <= 1e-9 * (1 + Math.Abs(x) * 1000.0 / periodMs.Get);
    }

    [Fact]
    public void Load_FourierWithPeriod_BuildsTheSeries()
    {
        var result = Load("    - {name: Q_in, kind: fourier, unit: mL/s, mean: 90, period: {value: 800, unit: ms}, harmonics: [{amplitude: 100}, {amplitude: 40, phase: 0.5}]}");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var fourier = Assert.IsType<FourierInput>(Assert.Single(result.Case!.Protocol.Inputs));
        Assert.Equal(1.25, fourier.FundamentalHertz, 1e-12);
        Assert.Equal([new FourierHarmonic(100, 0), new FourierHarmonic(40, 0.5)], fourier.Harmonics);
    }

    [Fact]
    public void Load_FourierWithBothFrequencyAndPeriod_IsRejected()
    {
        var result = Load("    - {name: Q_in, kind: fourier, unit: mL/s, mean: 90, period: {value: 0.8, unit: s}, frequency: {value: 1.25, unit: Hz}, harmonics: [{amplitude: 1}]}");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Field?.StartsWith("protocol.inputs[0]", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Load_FourierPeriodInMillilitres_IsNotATime()
    {
        var result = Load("    - {name: Q_in, kind: fourier, unit: mL/s, mean: 90, period: {value: 0.8, unit: mL}, harmonics: [{amplitude: 1}]}");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("protocol.inputs[0].period.unit", problem.Field);
    }

    private static CaseLoadResult Load(string input)
    {
        using var cases = new CaseFolderBuilder();
        return new CaseLoader().Load(cases.Write(yaml: CaseFolderBuilder.ValidYaml.Replace(ConstantInput, input, StringComparison.Ordinal)));
    }
}
