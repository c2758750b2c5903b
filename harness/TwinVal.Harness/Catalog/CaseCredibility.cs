using System.Collections.Immutable;
using TwinVal.Harness.Evidence.Credibility;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// The <c>credibility</c> block of a case: the ASME V&amp;V 40 factors a passing run of the case is evidence for, the
/// gradation it demonstrates, and the FDA 2023 evidence categories it provides.
/// </summary>
/// <param name="Factors">Credibility factors supported, in declaration order, each once.</param>
/// <param name="Demonstrates">Gradation a passing run demonstrates for those factors.</param>
/// <param name="FdaEvidence">FDA 2023 evidence categories provided, each once (empty when not stated).</param>
public sealed record CaseCredibility(
    ImmutableArray<CredibilityFactor> Factors,
    Rigor Demonstrates,
    ImmutableArray<FdaEvidenceCategory> FdaEvidence);
