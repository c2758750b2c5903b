using TwinVal.Harness;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>The one-word verdict of a whole run, as the summary headline states it.</summary>
public static class OverallVerdict
{
    /// <summary>
    /// Error when any run errored or a case was rejected (a broken case must never let a run look green); else Fail
    /// when any run failed; else Pass when at least one run passed; else Skipped (nothing was judged).
    /// </summary>
    public static Verdict Of(RunSummary summary)
    {
        if (summary.Results.Any(r => r.Verdict == Verdict.Error) || summary.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return Verdict.Error;
        }

        if (summary.Results.Any(r => r.Verdict == Verdict.Fail))
        {
            return Verdict.Fail;
        }

        return summary.Results.Any(r => r.Verdict == Verdict.Pass) ? Verdict.Pass : Verdict.Skipped;
    }
}
