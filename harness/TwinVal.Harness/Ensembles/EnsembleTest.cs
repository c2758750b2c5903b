namespace TwinVal.Harness.Ensembles;

/// <summary>The statistic an ensemble check applies to its per-member QoI.</summary>
public enum EnsembleTest
{
    /// <summary>Mean and variance of the QoI against a reference mean and standard deviation (Z and Y statistics).</summary>
    Moments,

    /// <summary>Fraction of members in which the QoI exists (the event happened) against a reference probability.</summary>
    Fraction,
}
