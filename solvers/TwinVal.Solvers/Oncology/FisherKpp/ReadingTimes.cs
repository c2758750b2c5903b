namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// The increasing times at which a front is read: every sample time and, when a speed window w is given, t − w/2 and
/// t + w/2 around each; times closer than 1e-9 day are one reading. A window that would reach before the start is
/// clipped to [start, t + w/2] (a one-sided quotient over the part of the window inside the run, w/2 ≤ width &lt; w),
/// so a run sampled from its start — as property solves are — still has a speed at every sample; the clipped width is
/// reported in <see cref="Width"/>.
/// </summary>
internal sealed class ReadingTimes
{
    public ReadingTimes(double start, double[] samples, double window)
    {
        Samples = samples;
        var all = new List<double>(samples);
        if (window > 0)
        {
            all.AddRange(samples.Select(t => Math.Max(start, t - (0.5 * window))));
            all.AddRange(samples.Select(t => t + (0.5 * window)));
        }

        all.Sort();
        var unique = new List<double>();
        foreach (var t in all.Where(t => t >= start))
        {
            // Merging near-equal times keeps a sample and a window edge that coincide up to rounding from costing a tiny step.
            if (unique.Count == 0 || t - unique[^1] > 1e-9)
            {
                unique.Add(t);
            }
        }

        Times = [.. unique];
        SampleIndex = [.. samples.Select(Find)];
        BeforeIndex = [.. samples.Select(t => window > 0 ? Find(Math.Max(start, t - (0.5 * window))) : 0)];
        AfterIndex = [.. samples.Select(t => window > 0 ? Find(t + (0.5 * window)) : 0)];

        // The declared width where the window fits (bit-identical to the unclipped quotient), the part inside the run where it does not.
        Width = [.. samples.Select(t => t - (0.5 * window) >= start ? window : t + (0.5 * window) - start)];
        Clipped = [.. samples.Where(t => window > 0 && t - (0.5 * window) < start)];
    }

    /// <summary>The sample times (days).</summary>
    public double[] Samples { get; }

    /// <summary>All reading times, increasing (days).</summary>
    public double[] Times { get; }

    /// <summary>Index into <see cref="Times"/> of each sample.</summary>
    public int[] SampleIndex { get; }

    /// <summary>Index of t − w/2 (or of the start, when clipped) for each sample.</summary>
    public int[] BeforeIndex { get; }

    /// <summary>Index of t + w/2 for each sample.</summary>
    public int[] AfterIndex { get; }

    /// <summary>Width of each sample's speed window (days): w, or t + w/2 − start when clipped.</summary>
    public double[] Width { get; }

    /// <summary>The samples whose window was clipped at the start (days).</summary>
    public double[] Clipped { get; }

    private int Find(double t)
    {
        var best = 0;
        for (var i = 1; i < Times.Length; i++)
        {
            best = Math.Abs(Times[i] - t) < Math.Abs(Times[best] - t) ? i : best;
        }

        return best;
    }
}
