using System.Globalization;

namespace TwinVal.Numerics;

/// <summary>Checks the arguments common to every integrator and lays out the segments between stop times.</summary>
internal static class IntegrationPlan
{
    /// <summary>
    /// Validates the arguments and returns the segment ends: the stop times strictly inside (t0, last output time),
    /// sorted, with near-duplicates merged, followed by the last output time.
    /// </summary>
    public static double[] Segments(
        int dimension, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output, IntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (dimension <= 0)
        {
            throw new ArgumentException($"the system's dimension must be positive, was {dimension}", nameof(y0));
        }

        if (y0.Length != dimension)
        {
            throw new ArgumentException($"y0 has {y0.Length} components but the system has {dimension}", nameof(y0));
        }

        if (!double.IsFinite(t0))
        {
            throw new ArgumentException($"t0 must be finite, was {Format(t0)}", nameof(t0));
        }

        for (var i = 0; i < y0.Length; i++)
        {
            if (!double.IsFinite(y0[i]))
            {
                throw new ArgumentException($"y0[{i}] must be finite, was {Format(y0[i])}", nameof(y0));
            }
        }

        if (outputTimes.IsEmpty)
        {
            throw new ArgumentException("at least one output time is required", nameof(outputTimes));
        }

        for (var i = 0; i < outputTimes.Length; i++)
        {
            var previous = i == 0 ? t0 : outputTimes[i - 1];
            var ordered = i == 0 ? outputTimes[i] >= previous : outputTimes[i] > previous;
            if (!double.IsFinite(outputTimes[i]) || !ordered)
            {
                throw new ArgumentException(
                    $"output times must be finite, not before t0 = {Format(t0)} and strictly increasing; " +
                    $"outputTimes[{i}] = {Format(outputTimes[i])} follows {Format(previous)}",
                    nameof(outputTimes));
            }
        }

        if (output.Length != outputTimes.Length * dimension)
        {
            throw new ArgumentException(
                $"the output buffer holds {output.Length} values but {outputTimes.Length} times × {dimension} components are needed",
                nameof(output));
        }

        if (options.MaxSteps <= 0)
        {
            throw new ArgumentException($"MaxSteps must be positive, was {options.MaxSteps}", nameof(options));
        }

        var end = outputTimes[^1];

        // Stop times closer than 1e-12 of the interval's scale to a boundary already kept are one jump seen through
        // different roundings (for example an onset converted from ms by two routes); a segment that short could not
        // be stepped without a step-size underflow, and merging it moves the restart by far less than any tolerance.
        var minimumGap = 1e-12 * Math.Max(Math.Max(Math.Abs(t0), Math.Abs(end)), end - t0);
        var segments = new List<double>();
        var previousBoundary = t0;
        foreach (var stop in options.StopTimes.Where(s => s > t0 && s < end).Order())
        {
            if (stop - previousBoundary > minimumGap && end - stop > minimumGap)
            {
                segments.Add(stop);
                previousBoundary = stop;
            }
        }

        segments.Add(end);
        return [.. segments];
    }

    /// <summary>Copies <paramref name="y"/> into row <paramref name="row"/> of the output buffer.</summary>
    public static void WriteRow(Span<double> output, int row, ReadOnlySpan<double> y) => y.CopyTo(output.Slice(row * y.Length, y.Length));

    /// <summary>Index of the first non-finite component, or −1.</summary>
    public static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Round-trippable invariant text of a number, for messages.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
