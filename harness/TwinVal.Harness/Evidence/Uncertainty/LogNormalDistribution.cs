namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Log-normal distribution: ln X ~ N(μ, σ²), for positive parameters such as rate constants and resistances.</summary>
public sealed record LogNormalDistribution : IInputDistribution
{
    /// <summary>A log-normal distribution whose logarithm has mean <paramref name="logMean"/> and standard deviation <paramref name="logStandardDeviation"/> &gt; 0.</summary>
    public LogNormalDistribution(double logMean, double logStandardDeviation)
    {
        Require.Finite(logMean, nameof(logMean));
        Require.Positive(logStandardDeviation, nameof(logStandardDeviation));
        LogMean = logMean;
        LogStandardDeviation = logStandardDeviation;
    }

    /// <summary>μ, the mean of ln X.</summary>
    public double LogMean { get; }

    /// <summary>σ, the standard deviation of ln X.</summary>
    public double LogStandardDeviation { get; }

    /// <inheritdoc/>
    public string Kind => "lognormal";

    /// <inheritdoc/>
    public double Mean => Math.Exp(LogMean + (0.5 * LogStandardDeviation * LogStandardDeviation));

    /// <inheritdoc/>
    public double Variance
    {
        get
        {
            var s2 = LogStandardDeviation * LogStandardDeviation;
            return double.ExpM1(s2) * Math.Exp((2 * LogMean) + s2);
        }
    }

    /// <inheritdoc/>
    public double Quantile(double probability) => Math.Exp(LogMean + (LogStandardDeviation * StandardNormal.Quantile(probability)));
}
