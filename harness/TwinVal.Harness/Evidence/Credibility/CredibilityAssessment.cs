using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>A credibility plan assessed against the evidence of a run: every factor, its target, achievement and gap.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Risk">Its model risk.</param>
/// <param name="Factors">All thirteen factors in V&amp;V 40 order.</param>
public sealed record CredibilityAssessment(CredibilityPlan Plan, ModelRisk Risk, ImmutableArray<FactorAssessment> Factors)
{
    /// <summary>Factors whose achievement falls short of the target.</summary>
    public ImmutableArray<FactorAssessment> Gaps => [.. Factors.Where(f => f.Gap)];

    /// <summary>True when no factor has a gap.</summary>
    public bool Sufficient => Factors.All(f => !f.Gap);
}
