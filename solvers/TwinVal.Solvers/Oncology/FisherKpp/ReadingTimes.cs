namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// The increasing times at which a front is read: every sample time and, when a speed window w is given, t − w/2 and
/// t + w/2 around each; times closer than 1e-9 day are one reading.
/// </summary>
internal sealed class ReadingTimes
{
    public ReadingTimes(double start, double[] samples, double window)
    {
        Samples = samples;
        var all = new List<double>(samples);
        if (window > 0)
        {
            all.AddRange(samples.Select(t => t - (0.5 * window)));
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
        BeforeIndex = [.. samples.Select(t => window > 0 ? Find(t - (0.5 * window)) : 0)];
        AfterIndex = [.. samples.Select(t => window > 0 ? Find(t + (0.5 * window)) : 0)];
    }

    /// <summary>The sample times (days).</summary>
    public double[] Samples { get; }

    /// <summary>All reading times, increasing (days).</summary>
    public double[] Times { get; }

    /// <summary>Index into <see cref="Times"/> of each sample.</summary>
    public int[] SampleIndex { get; }

    /// <summary>Index of t − w/2 for each sample.</summary>
    public int[] BeforeIndex { get; }

    /// <summary>Index of t + w/2 for each sample.</summary>
    public int[] AfterIndex { get; }

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
