using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>Target against achievement for one credibility factor.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Activity">Its V&amp;V 40 activity.</param>
/// <param name="Target">Gradation the plan requires (None when the plan sets no target).</param>
/// <param name="Achieved">Highest gradation demonstrated by counting evidence.</param>
/// <param name="EvidenceIds">Evidence that counts for this factor.</param>
/// <param name="FailedEvidenceIds">Evidence that claims this factor but did not pass.</param>
/// <param name="Gap">True when <paramref name="Achieved"/> is below <paramref name="Target"/>.</param>
/// <param name="Explanation">Why, in words a reviewer can check.</param>
public sealed record FactorAssessment(
    CredibilityFactor Factor,
    CredibilityActivity Activity,
    Rigor Target,
    Rigor Achieved,
    ImmutableArray<string> EvidenceIds,
    ImmutableArray<string> FailedEvidenceIds,
    bool Gap,
    string Explanation);
