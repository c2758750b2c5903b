namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>How input uncertainty is propagated.</summary>
/// <param name="SampleCount">Declared number of model evaluations.</param>
/// <param name="Method">Monte Carlo or Latin hypercube.</param>
/// <param name="Seed">Seed of the xoshiro256** generator; the same seed gives the same samples.</param>
public sealed record PropagationOptions(int SampleCount, SamplingMethod Method, ulong Seed);
