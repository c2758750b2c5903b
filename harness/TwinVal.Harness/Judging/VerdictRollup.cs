using System.Collections.Immutable;
using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Judging;

/// <summary>
/// Verdict counts of a group of runs (one case, one solver, one domain, or the whole run) and the group's overall verdict.
/// </summary>
/// <param name="Key">What the group is: a case id, a solver id, a domain (lower case), or <c>all</c>.</param>
/// <param name="Pass">Runs that passed.</param>
/// <param name="Fail">Runs that failed a check.</param>
/// <param name="Error">Runs that could not be judged.</param>
/// <param name="Unsupported">Runs whose solver lacks the model.</param>
/// <param name="Skipped">Runs not executed.</param>
/// <param name="Overall">The group's verdict by <see cref="Combine"/>.</param>
public sealed record VerdictRollup(string Key, int Pass, int Fail, int Error, int Unsupported, int Skipped, Verdict Overall)
{
    /// <summary>Number of runs in the group.</summary>
    public int Total => Pass + Fail + Error + Unsupported + Skipped;

    /// <summary>
    /// The overall verdict of several: Error beats Fail beats Pass. Unsupported and Skipped runs judged nothing, so they
    /// count only when nothing else exists; then Skipped (a run that could have been made) beats Unsupported. An empty
    /// group is Skipped.
    /// </summary>
    public static Verdict Combine(IEnumerable<Verdict> verdicts)
    {
        var seen = verdicts.ToHashSet();
        Verdict[] precedence = [Verdict.Error, Verdict.Fail, Verdict.Pass, Verdict.Skipped, Verdict.Unsupported];
        return precedence.FirstOrDefault(seen.Contains, Verdict.Skipped);
    }

    /// <summary>The roll-up of <paramref name="runs"/> under <paramref name="key"/>.</summary>
    public static VerdictRollup Of(string key, IEnumerable<JudgedRun> runs)
    {
        var verdicts = runs.Select(r => r.Verdict).ToList();
        int Count(Verdict v) => verdicts.Count(x => x == v);
        return new VerdictRollup(
            key, Count(Verdict.Pass), Count(Verdict.Fail), Count(Verdict.Error), Count(Verdict.Unsupported), Count(Verdict.Skipped),
            Combine(verdicts));
    }

    /// <summary>One roll-up per case, in order of first appearance (plan order for a plan's results).</summary>
    public static ImmutableArray<VerdictRollup> ByCase(IEnumerable<JudgedRun> runs) => By(runs, r => r.CaseId);

    /// <summary>One roll-up per solver, in order of first appearance.</summary>
    public static ImmutableArray<VerdictRollup> BySolver(IEnumerable<JudgedRun> runs) => By(runs, r => r.SolverId);

    /// <summary>One roll-up per domain (lower case), in order of first appearance.</summary>
    /// <param name="runs">Judged runs.</param>
    /// <param name="domains">Domain of every case id (from <see cref="ReferenceCase.Domain"/>).</param>
    /// <exception cref="KeyNotFoundException">A run's case is not in <paramref name="domains"/>.</exception>
    public static ImmutableArray<VerdictRollup> ByDomain(IEnumerable<JudgedRun> runs, IReadOnlyDictionary<string, Domain> domains) =>
        By(runs, r => domains.TryGetValue(r.CaseId, out var domain)
            ? domain.ToString().ToLowerInvariant()
            : throw new KeyNotFoundException($"no domain given for case '{r.CaseId}'"));

    // GroupBy keeps groups in order of their first element, so the roll-ups follow the input order deterministically.
    private static ImmutableArray<VerdictRollup> By(IEnumerable<JudgedRun> runs, Func<JudgedRun, string> key) =>
        [.. runs.GroupBy(key, StringComparer.Ordinal).Select(g => Of(g.Key, g))];
}
