using System.Text;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;

namespace TwinVal.Cli.Output;

/// <summary>The verdict matrix (case × solver) and counts printed at the end of <c>twinval run</c>.</summary>
internal static class VerdictTable
{
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Fail => "FAIL",
        Verdict.Error => "ERROR",
        Verdict.Unsupported => "n/a",
        _ => "SKIP",
    };

    /// <summary>
    /// One row per run that was attempted (a case × solver matrix would be mostly "n/a", as most solvers implement one
    /// model); unsupported pairs are only counted.
    /// </summary>
    public static string Render(RunSummary summary)
    {
        var table = new TextTable("CASE", "SOLVER", "VERDICT", "CHECKS", "WALL");
        foreach (var r in summary.Results.Where(r => r.Verdict != Verdict.Unsupported))
        {
            var checks = r.Checks.IsEmpty ? "-" : $"{r.ChecksPassed}/{r.Checks.Length}";
            table.Add(r.CaseId, r.SolverId, Word(r.Verdict), checks, $"{(long)r.WallTime.TotalMilliseconds} ms");
        }

        var text = new StringBuilder().Append('\n').Append(table);
        var counts = Enum.GetValues<Verdict>()
            .Select(v => (v, n: summary.Results.Count(r => r.Verdict == v)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.v.ToString().ToLowerInvariant()}");
        text.Append('\n').Append($"overall: {Word(OverallVerdict.Of(summary))} ({string.Join(", ", counts)})").Append('\n');

        foreach (var r in summary.Results.Where(r => r.Verdict is Verdict.Fail or Verdict.Error))
        {
            text.Append($"  {Word(r.Verdict)} {r.CaseId} × {r.SolverId}: {r.Message}").Append('\n');
        }

        var rejected = summary.Problems.Count(p => p.Severity == Harness.ProblemSeverity.Error);
        if (rejected > 0)
        {
            text.Append($"  {rejected} input problem(s) (listed above); the affected cases were not run").Append('\n');
        }

        return text.ToString();
    }
}
