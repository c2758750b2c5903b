namespace TwinVal.Numerics.Stabilized;

/// <summary>The integration state of a stabilised explicit method (RKC, ROCK4), advanced one segment at a time.</summary>
internal interface IStabilizedRun
{
    /// <summary>The current state y_n.</summary>
    Span<double> State { get; }

    /// <summary>Accepted steps so far.</summary>
    long Accepted { get; }

    /// <summary>Rejected steps so far.</summary>
    long Rejected { get; }

    /// <summary>Right-hand-side evaluations so far.</summary>
    long Evaluations { get; }

    /// <summary>Integrates from <paramref name="t"/> to <paramref name="end"/>, writing the output rows it passes.</summary>
    void Segment<TSystem>(
        ref TSystem system, ref double t, double end, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row, CancellationToken cancellationToken)
        where TSystem : IOdeSystem;

    /// <summary>
    /// Writes the rows at t0, then runs every segment (stop times split them) and returns the statistics: the driver loop
    /// RKC and ROCK4 share.
    /// </summary>
    static IntegrationStatistics Drive<TSystem, TRun>(
        ref TSystem system, TRun run, double t0, ReadOnlySpan<double> y0, double[] segments, ReadOnlySpan<double> outputTimes, Span<double> output,
        CancellationToken cancellationToken)
        where TSystem : IOdeSystem
        where TRun : IStabilizedRun
    {
        y0.CopyTo(run.State);
        var t = t0;
        var row = 0;
        while (row < outputTimes.Length && outputTimes[row] == t0)
        {
            IntegrationPlan.WriteRow(output, row++, run.State);
        }

        foreach (var segmentEnd in segments)
        {
            if (t < segmentEnd)
            {
                run.Segment(ref system, ref t, segmentEnd, outputTimes, output, ref row, cancellationToken);
            }
        }

        return new IntegrationStatistics(run.Accepted, run.Rejected, run.Evaluations);
    }
}
