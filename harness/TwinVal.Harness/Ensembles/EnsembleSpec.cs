using System.Collections.Immutable;

namespace TwinVal.Harness.Ensembles;

/// <summary>
/// The <c>ensemble</c> block of a case: N members, member i solved with seed <see cref="BaseSeed"/> + i and, when
/// parameters are sampled, with its own draw of them; the checks judge the members' QoIs as a sample.
/// </summary>
/// <param name="Runs">Number of members N.</param>
/// <param name="BaseSeed">Seed of member 0.</param>
/// <param name="Sample">Parameters drawn per member, in declaration order.</param>
/// <param name="Checks">Ensemble checks, in declaration order.</param>
public sealed record EnsembleSpec(int Runs, long BaseSeed, ImmutableArray<SampledParameter> Sample, ImmutableArray<EnsembleCheck> Checks)
{
    /// <summary>Seed of member <paramref name="member"/>.</summary>
    public long SeedOf(int member) => BaseSeed + member;
}
