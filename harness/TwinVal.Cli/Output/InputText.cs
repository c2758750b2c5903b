using System.Globalization;
using TwinVal.Harness.Catalog;

namespace TwinVal.Cli.Output;

/// <summary>One readable line per protocol input, in the terms case.yaml uses.</summary>
internal static class InputText
{
    public static string Describe(InputSignal input)
    {
        var unit = input.Unit.Symbol == "1" ? string.Empty : " " + input.Unit.Symbol;
        string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture) + unit;
        var shape = input switch
        {
            ConstantInput c => $"constant {Num(c.Value)}",
            StepInput s => $"step from {Num(s.Before)} to {Num(s.After)} at {s.Onset}",
            PulseInput p => $"pulse of {Num(p.Amplitude)} on {Num(p.Baseline)} from {p.Onset} for {p.Duration}" + Train(p),
            SineInput s => $"sine {Num(s.Mean)} + {Num(s.Amplitude)}·sin(2π·{s.Frequency}·t + {s.PhaseRadians.ToString("R", CultureInfo.InvariantCulture)})",
            FourierInput f => $"fourier {Num(f.Mean)} + {f.Harmonics.Length} harmonic(s) of {(object?)f.Frequency ?? $"period {f.Period}"}",
            TabulatedInput t => $"tabulated from {t.File} ({t.TimesSeconds.Length} rows, linear{(t.Periodic ? ", periodic" : string.Empty)})",
            _ => input.GetType().Name,
        };
        return $"{input.Name}: {shape}";
    }

    private static string Train(PulseInput pulse) => pulse.Period switch
    {
        null => string.Empty,
        { } period when pulse.Count is { } count => $", every {period}, {count} times",
        { } period => $", every {period}",
    };
}
