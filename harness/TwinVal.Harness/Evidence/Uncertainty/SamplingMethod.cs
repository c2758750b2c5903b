namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>How the input space is sampled.</summary>
public enum SamplingMethod
{
    /// <summary>Independent uniform draws per parameter (simple random sampling).</summary>
    MonteCarlo,

    /// <summary>
    /// Latin hypercube (McKay, Beckman &amp; Conover 1979, Technometrics 21:239, doi:10.2307/1268522): each parameter's range is
    /// cut into N equiprobable strata and every stratum is sampled exactly once, in an independent random order per parameter.
    /// </summary>
    LatinHypercube,
}
