using System.Collections.Immutable;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Evidence.Validation;

/// <summary>
/// Declared uncertainty of a case's input parameters, propagated by solving the case once per sample
/// (ASME V&amp;V 20-2009 §4, sampling method): u_input is the sample standard deviation of each compared QoI.
/// </summary>
/// <param name="Method">Monte Carlo or Latin hypercube.</param>
/// <param name="Samples">Number of samples N (solves), at least 2.</param>
/// <param name="Seed">Seed of the sample design; the same seed gives the same samples.</param>
/// <param name="Parameters">The uncertain parameters, each one of the case's parameters, in declaration order.</param>
public sealed record InputUncertaintySpec(SamplingMethod Method, int Samples, ulong Seed, ImmutableArray<SampledParameter> Parameters)
{
    /// <summary>The propagation options of this declaration.</summary>
    public PropagationOptions Options => new(Samples, Method, Seed);
}
