using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A rectangular pulse (or train of pulses): <paramref name="Amplitude"/> on top of <paramref name="Baseline"/> for
/// <paramref name="Duration"/> from <paramref name="Onset"/>, repeated every <paramref name="Period"/> when given.
/// </summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Baseline">Value outside the pulses.</param>
/// <param name="Amplitude">Value added during a pulse.</param>
/// <param name="Onset">Start of the first pulse.</param>
/// <param name="Duration">Length of each pulse.</param>
/// <param name="Period">Time between pulse starts; null for a single pulse.</param>
/// <param name="Count">Number of pulses in a train; null for an unbounded train (ignored without a period).</param>
public sealed record PulseInput(
    string Name, Unit Unit, double Baseline, double Amplitude, Quantity Onset, Quantity Duration,
    Quantity? Period = null, int? Count = null) : InputSignal(Name, Unit)
{
    /// <inheritdoc/>
    public override double ValueAt(double seconds)
    {
        var onset = Onset.In(SiUnits.Second);
        var duration = Duration.In(SiUnits.Second);
        if (seconds < onset)
        {
            return Baseline;
        }

        var sinceOnset = seconds - onset;
        if (Period is { } period)
        {
            var p = period.In(SiUnits.Second);
            var index = Math.Floor(sinceOnset / p);
            if (Count is { } count && index >= count)
            {
                return Baseline;
            }

            sinceOnset -= index * p;
        }

        return sinceOnset < duration ? Baseline + Amplitude : Baseline;
    }

    /// <inheritdoc/>
    public override IEnumerable<double> Discontinuities()
    {
        var onset = Onset.In(SiUnits.Second);
        var duration = Duration.In(SiUnits.Second);
        if (Period is not { } period)
        {
            return [onset, onset + duration];
        }

        // An unbounded train is listed for a bounded number of pulses; solvers clip to their end time anyway.
        var p = period.In(SiUnits.Second);
        var pulses = Count ?? 10_000;
        return Enumerable.Range(0, pulses).SelectMany(i => new[] { onset + (i * p), onset + (i * p) + duration });
    }
}
