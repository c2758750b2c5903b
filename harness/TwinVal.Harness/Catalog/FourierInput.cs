using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A periodic input given by its Fourier series: <c>mean + Σₖ Aₖ·sin(2π·k·f·t + φₖ)</c>, k = 1, 2, … in the order of
/// <paramref name="Harmonics"/>. The fundamental is given either as a frequency or as a period (exactly one).
/// </summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of the values (mean and amplitudes).</param>
/// <param name="Mean">Mean value (the zeroth harmonic).</param>
/// <param name="Frequency">Fundamental frequency (1/time); null when <paramref name="Period"/> is given.</param>
/// <param name="Period">Fundamental period (time); null when <paramref name="Frequency"/> is given.</param>
/// <param name="Harmonics">Amplitude and phase of harmonics 1, 2, … .</param>
public sealed record FourierInput(
    string Name, Unit Unit, double Mean, Quantity? Frequency, Quantity? Period, ImmutableArray<FourierHarmonic> Harmonics)
    : InputSignal(Name, Unit)
{
    /// <summary>The fundamental frequency in Hz, from whichever of frequency and period is given.</summary>
    public double FundamentalHertz => Frequency is { } f ? f.In(SiUnits.Hertz) : 1.0 / Period!.Value.In(SiUnits.Second);

    /// <inheritdoc/>
    public override double ValueAt(double seconds)
    {
        var omega = 2 * Math.PI * FundamentalHertz;
        var value = Mean;
        for (var k = 0; k < Harmonics.Length; k++)
        {
            value += Harmonics[k].Amplitude * Math.Sin(((k + 1) * omega * seconds) + Harmonics[k].PhaseRadians);
        }

        return value;
    }
}
