namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// The activation time of one point: the first rising crossing of a threshold by the point's membrane potential,
/// located by linear interpolation between two consecutive solver steps (the activation definition of the Niederer et
/// al. 2011 benchmark, doi:10.1098/rsta.2011.0139, with 0 mV). Watching every step, not only the output samples,
/// keeps the time's error at the scheme's own order instead of the output interval's.
/// </summary>
/// <param name="probe">Where the potential is read.</param>
/// <param name="threshold">Crossing level, mV.</param>
internal sealed class ActivationClock(ProbePoint probe, double threshold)
{
    private double previousTime = double.NaN;
    private double previousValue = double.NaN;

    /// <summary>The activation time in ms, or null while the point has not activated.</summary>
    public double? Time { get; private set; }

    /// <summary>Reads the potential at time <paramref name="t"/> (ms) after a step and records a first rising crossing.</summary>
    public void Observe(double t, ReadOnlySpan<double> potential)
    {
        if (Time is not null)
        {
            return;
        }

        var value = probe.Sample(potential);
        if (previousValue < threshold && value >= threshold)
        {
            // Linear in time between the two steps: the same interpolation the QoI extractor uses between samples.
            Time = previousTime + ((threshold - previousValue) / (value - previousValue) * (t - previousTime));
        }

        (previousTime, previousValue) = (t, value);
    }
}
