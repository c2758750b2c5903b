namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>The gradation a credibility plan requires for one factor, and why (commensurate with model risk).</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Target">Required gradation.</param>
/// <param name="Rationale">Why this gradation suffices for the model risk.</param>
public sealed record FactorTarget(CredibilityFactor Factor, Rigor Target, string Rationale);
