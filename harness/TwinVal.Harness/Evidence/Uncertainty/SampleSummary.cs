namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Order statistics of the finite model outputs (quantiles by linear interpolation, Hyndman &amp; Fan type 7).</summary>
/// <param name="Minimum">Smallest output.</param>
/// <param name="P025">2.5 % quantile.</param>
/// <param name="Median">Median.</param>
/// <param name="P975">97.5 % quantile.</param>
/// <param name="Maximum">Largest output.</param>
public sealed record SampleSummary(double Minimum, double P025, double Median, double P975, double Maximum);
