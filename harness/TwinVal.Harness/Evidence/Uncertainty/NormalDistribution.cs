namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Normal distribution N(μ, σ²).</summary>
public sealed record NormalDistribution : IInputDistribution
{
    /// <summary>A normal distribution with mean <paramref name="mean"/> and standard deviation <paramref name="standardDeviation"/> &gt; 0.</summary>
    public NormalDistribution(double mean, double standardDeviation)
    {
        Require.Finite(mean, nameof(mean));
        Require.Positive(standardDeviation, nameof(standardDeviation));
        Mu = mean;
        Sigma = standardDeviation;
    }

    /// <summary>Mean μ.</summary>
    public double Mu { get; }

    /// <summary>Standard deviation σ.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public string Kind => "normal";

    /// <inheritdoc/>
    public double Mean => Mu;

    /// <inheritdoc/>
    public double Variance => Sigma * Sigma;

    /// <inheritdoc/>
    public double Quantile(double probability) => Mu + (Sigma * StandardNormal.Quantile(probability));
}
