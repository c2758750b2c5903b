using System.Collections.Immutable;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Turns the judged runs of a plan into credibility evidence: one item per case × solver run of a case with a
/// <c>credibility</c> block. Unsupported pairs are left out (no solve was attempted, so nothing was claimed); every
/// other verdict is kept, so a failed, errored or cancelled run is listed against the factors it claims instead of
/// vanishing. Each convergence study, V&amp;V 20 comparison and property check of such a run is an item of its own
/// (<c>case/solver/kind:check</c>) for the factors <see cref="CheckEvidence"/> maps it to, at the case's gradation, counted
/// only when that check passed.
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
                .SelectMany(x => Items(x.Run, x.Case!)),
        ];
    }

    private static IEnumerable<EvidenceItem> Items(JudgedRun run, Catalog.ReferenceCase c)
    {
        var id = $"{run.CaseId}/{run.SolverId}";
        yield return new EvidenceItem(id, run.CaseId, c.Kind, c.Credibility!.Factors, c.Credibility.Demonstrates, run.Verdict);
        foreach (var (checkId, factors, verdict) in CheckEvidence.Of(run))
        {
            yield return new EvidenceItem($"{id}/{checkId}", run.CaseId, c.Kind, factors, c.Credibility.Demonstrates, verdict);
        }
    }
}
