using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence.Stochastic;

/// <summary>Mean and variance tests of N independent runs of a stochastic model at one output point.</summary>
/// <param name="Runs">N.</param>
/// <param name="SampleMean">X̄.</param>
/// <param name="SampleVariance">S², the unbiased (N − 1) sample variance.</param>
/// <param name="ExpectedMean">μ, the reference mean.</param>
/// <param name="ExpectedStandardDeviation">σ, the reference standard deviation.</param>
/// <param name="Z">Z = √N·(X̄ − μ)/σ.</param>
/// <param name="Y">Y = √(N/2)·(S²/σ² − 1).</param>
/// <param name="MeanCheck">|Z| against its bound.</param>
/// <param name="VarianceCheck">|Y| against its bound.</param>
/// <param name="Verdict">Combined verdict.</param>
public sealed record MomentTestResult(
    int Runs,
    double SampleMean,
    double SampleVariance,
    double ExpectedMean,
    double ExpectedStandardDeviation,
    double Z,
    double Y,
    EvidenceCheck MeanCheck,
    EvidenceCheck VarianceCheck,
    Verdict Verdict);
