using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Convergence;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>One piece of evidence from a run: a judged case (× solver) and the credibility factors it supports.</summary>
/// <param name="Id">Evidence id, unique in an assessment (for example <c>wk2-decay/windkessel2</c>).</param>
/// <param name="CaseId">The case that produced it.</param>
/// <param name="Kind">The case kind.</param>
/// <param name="Factors">Factors this evidence supports (from the case's <c>credibility</c> block).</param>
/// <param name="Demonstrates">The gradation this evidence demonstrates when it passes.</param>
/// <param name="Verdict">The run's verdict.</param>
/// <param name="Convergence">Its convergence study, if any; a study that did not pass voids the evidence.</param>
/// <param name="Validation">Its validation comparison, if any; a comparison that did not pass voids the evidence.</param>
public sealed record EvidenceItem(
    string Id,
    string CaseId,
    CaseKind Kind,
    ImmutableArray<CredibilityFactor> Factors,
    Rigor Demonstrates,
    Verdict Verdict,
    ConvergenceStudy? Convergence = null,
    ValidationAssessment? Validation = null)
{
    /// <summary>True when the run and every attached result passed: only then does the evidence count.</summary>
    public bool Counts =>
        Verdict == Verdict.Pass
        && (Convergence is null || Convergence.Verdict == Verdict.Pass)
        && (Validation is null || Validation.Check.Verdict == Verdict.Pass);
}
