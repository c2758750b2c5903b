using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>The output distribution of a model under input uncertainty: u_input of ASME V&amp;V 20 is <see cref="StandardDeviation"/>.</summary>
/// <param name="Mean">Mean of the finite outputs.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1) of the finite outputs.</param>
/// <param name="Summary">Order statistics of the finite outputs.</param>
/// <param name="SampleCount">Model evaluations made.</param>
/// <param name="NonFiniteCount">Evaluations that returned NaN or ±∞ (excluded from the statistics, never hidden).</param>
/// <param name="Method">Sampling method.</param>
/// <param name="Seed">Seed of the design.</param>
/// <param name="Outputs">Every output in sample order, for plots and audits.</param>
public sealed record PropagationResult(
    double Mean,
    double StandardDeviation,
    SampleSummary Summary,
    int SampleCount,
    int NonFiniteCount,
    SamplingMethod Method,
    ulong Seed,
    ImmutableArray<double> Outputs)
{
    /// <summary>True when every evaluation returned a finite value.</summary>
    public bool IsComplete => NonFiniteCount == 0;
}
