using System.Collections.Immutable;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Maps evidence to achieved gradations: a factor achieves the highest gradation demonstrated by the evidence items that
/// claim it and count (passed, with every attached study passing). Failing evidence never raises a gradation, and it is
/// listed so a reviewer sees it.
/// </summary>
public static class CredibilityMapper
{
    /// <summary>Assesses <paramref name="plan"/> against <paramref name="evidence"/>.</summary>
    public static CredibilityAssessment Assess(CredibilityPlan plan, IReadOnlyList<EvidenceItem> evidence)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(evidence);
        var duplicateTargets = plan.Targets.GroupBy(t => t.Factor).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicateTargets.Count > 0)
        {
            throw new ArgumentException($"the plan sets more than one target for {string.Join(", ", duplicateTargets.Select(KebabCase.Of))}", nameof(plan));
        }

        var targets = plan.Targets.ToDictionary(t => t.Factor);
        var factors = CredibilityFactors.All.Select(factor =>
        {
            var claiming = evidence.Where(e => e.Factors.Contains(factor)).ToList();
            var counting = claiming.Where(e => e.Counts).ToList();
            var achieved = counting.Count == 0 ? Rigor.None : counting.Max(e => e.Demonstrates);
            var target = targets.TryGetValue(factor, out var t) ? t.Target : Rigor.None;
            var gap = achieved < target;
            return new FactorAssessment(
                factor,
                CredibilityFactors.ActivityOf(factor),
                target,
                achieved,
                [.. counting.Select(e => e.Id)],
                [.. claiming.Where(e => !e.Counts).Select(e => e.Id)],
                gap,
                Explain(factor, t, achieved, counting.Count, claiming.Count - counting.Count));
        });
        return new CredibilityAssessment(plan, plan.Risk, [.. factors]);
    }

    private static string Explain(CredibilityFactor factor, FactorTarget? target, Rigor achieved, int counting, int failed)
    {
        var name = KebabCase.Of(factor);
        var failedNote = failed > 0 ? $"; {failed} evidence item(s) claiming it did not pass" : string.Empty;
        if (target is null)
        {
            return $"{name}: the plan sets no target; achieved {KebabCase.Of(achieved)} from {counting} passing item(s){failedNote}";
        }

        var relation = achieved >= target.Target ? "meets" : "falls short of";
        return $"{name}: achieved {KebabCase.Of(achieved)} from {counting} passing item(s) {relation} target {KebabCase.Of(target.Target)} ({target.Rationale}){failedNote}";
    }
}
