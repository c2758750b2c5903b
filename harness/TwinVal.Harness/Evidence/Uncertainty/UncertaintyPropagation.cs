using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>
/// Forward propagation of input-parameter uncertainty through a model function by sampling (ASME V&amp;V 20-2009 §4:
/// u_input from the spread of the simulation result over the input distributions).
/// </summary>
public static class UncertaintyPropagation
{
    /// <summary>Samples <paramref name="parameters"/>, evaluates <paramref name="model"/> once per sample and summarises the outputs.</summary>
    public static PropagationResult Propagate(IReadOnlyList<UncertainParameter> parameters, ModelFunction model, PropagationOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var design = SampleDesign.Draw(options.SampleCount, parameters.Count, options.Method, options.Seed);
        var dimensions = parameters.Count;
        var row = new double[dimensions];
        var outputs = new double[design.Count];
        var probabilities = design.Probabilities.AsSpan();
        for (var i = 0; i < design.Count; i++)
        {
            var source = probabilities.Slice(i * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                row[d] = parameters[d].Distribution.Quantile(source[d]);
            }

            outputs[i] = model(row);
        }

        return Summarize(outputs, options);
    }

    /// <summary>
    /// Summarises outputs already computed in design order (for example by solves run in parallel over the design of
    /// <see cref="SampleDesign.Draw"/> with the same options).
    /// </summary>
    public static PropagationResult Summarize(IReadOnlyList<double> outputs, PropagationOptions options)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(options);
        var finite = outputs.Where(double.IsFinite).ToArray();
        Array.Sort(finite);

        // Welford's update: one pass, no cancellation between a large mean and a small spread.
        double mean = 0, m2 = 0;
        for (var i = 0; i < finite.Length; i++)
        {
            var delta = finite[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (finite[i] - mean);
        }

        var sd = finite.Length > 1 ? Math.Sqrt(m2 / (finite.Length - 1)) : double.NaN;
        var summary = finite.Length == 0
            ? new SampleSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new SampleSummary(finite[0], Quantile(finite, 0.025), Quantile(finite, 0.5), Quantile(finite, 0.975), finite[^1]);
        return new PropagationResult(
            finite.Length == 0 ? double.NaN : mean, sd, summary, outputs.Count, outputs.Count - finite.Length, options.Method,
            options.Seed, [.. outputs]);
    }

    private static double Quantile(double[] sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
