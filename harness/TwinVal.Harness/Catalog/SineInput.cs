using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>A sinusoidal input: <c>mean + amplitude·sin(2π·f·t + phase)</c>.</summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Mean">Mean value.</param>
/// <param name="Amplitude">Amplitude.</param>
/// <param name="Frequency">Frequency (a unit of 1/time, for example Hz).</param>
/// <param name="PhaseRadians">Phase at t = 0, in radians.</param>
public sealed record SineInput(string Name, Unit Unit, double Mean, double Amplitude, Quantity Frequency, double PhaseRadians)
    : InputSignal(Name, Unit)
{
    /// <inheritdoc/>
    public override double ValueAt(double seconds) =>
        Mean + (Amplitude * Math.Sin((2 * Math.PI * Frequency.In(SiUnits.Hertz) * seconds) + PhaseRadians));
}
