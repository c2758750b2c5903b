using System.Collections.Immutable;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Turns the judged runs of a plan into credibility evidence: one item per case × solver run of a case with a
/// <c>credibility</c> block. Unsupported pairs are left out (no solve was attempted, so nothing was claimed); every
/// other verdict is kept, so a failed, errored or cancelled run is listed against the factors it claims instead of
/// vanishing.
/// </summary>
public static class CredibilityEvidence
{
    /// <summary>The evidence items of <paramref name="results"/>, in plan order, with ids <c>case/solver</c>.</summary>
    public static ImmutableArray<EvidenceItem> Collect(RunPlan plan, IEnumerable<JudgedRun> results)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(results);
        var cases = plan.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return
        [
            .. results
                .Where(r => r.Verdict != Verdict.Unsupported)
                .Select(r => (Run: r, Case: cases.GetValueOrDefault(r.CaseId)))
                .Where(x => x.Case?.Credibility is not null)
                .Select(x => new EvidenceItem(
                    $"{x.Run.CaseId}/{x.Run.SolverId}",
                    x.Run.CaseId,
                    x.Case!.Kind,
                    x.Case.Credibility!.Factors,
                    x.Case.Credibility.Demonstrates,
                    x.Run.Verdict)),
        ];
    }
}
