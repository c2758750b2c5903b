namespace TwinVal.Harness.Catalog;

/// <summary>One harmonic of a <see cref="FourierInput"/>: <c>amplitude·sin(2π·k·f·t + phase)</c> for the k-th harmonic.</summary>
/// <param name="Amplitude">Amplitude, in the input's unit.</param>
/// <param name="PhaseRadians">Phase at t = 0, in radians.</param>
public sealed record FourierHarmonic(double Amplitude, double PhaseRadians);
