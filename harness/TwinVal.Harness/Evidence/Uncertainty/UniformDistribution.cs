namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Uniform distribution on [a, b].</summary>
public sealed record UniformDistribution : IInputDistribution
{
    /// <summary>A uniform distribution on [<paramref name="lower"/>, <paramref name="upper"/>], lower &lt; upper.</summary>
    public UniformDistribution(double lower, double upper)
    {
        Require.Finite(lower, nameof(lower));
        Require.Finite(upper, nameof(upper));
        Require.Ordered(lower, upper, nameof(lower), nameof(upper));
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Lower bound a.</summary>
    public double Lower { get; }

    /// <summary>Upper bound b.</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public string Kind => "uniform";

    /// <inheritdoc/>
    public double Mean => 0.5 * (Lower + Upper);

    /// <inheritdoc/>
    public double Variance => (Upper - Lower) * (Upper - Lower) / 12;

    /// <inheritdoc/>
    public double Quantile(double probability) => Lower + (probability * (Upper - Lower));
}
