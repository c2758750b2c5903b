using TwinVal.Harness.Running;

namespace TwinVal.Harness.Tests.Running;

/// <summary>Records every progress report in order and lets a test wait until the reports satisfy a condition.</summary>
internal sealed class ProgressProbe : IProgress<RunProgress>
{
    // A guard against a hung test, not a timing assertion: a healthy run reports within milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Lock gate = new();
    private readonly List<RunProgress> reports = [];

    /// <summary>The reports so far, in the order they arrived (the order runs finished).</summary>
    public IReadOnlyList<RunProgress> Reports
    {
        get
        {
            lock (gate)
            {
                return [.. reports];
            }
        }
    }

    public void Report(RunProgress value)
    {
        lock (gate)
        {
            reports.Add(value);
        }
    }

    /// <summary>
    /// Completes once the run of <paramref name="caseId"/> by <paramref name="solverId"/> has been reported, calling
    /// <paramref name="nudge"/> (for example advancing a fake clock the solver waits on) before each look.
    /// </summary>
    public Task WaitForAsync(string caseId, string solverId, Action? nudge = null) =>
        WaitUntilAsync(r => r.Any(p => p.Latest.CaseId == caseId && p.Latest.SolverId == solverId), $"{caseId} × {solverId}", nudge);

    /// <summary>Completes once <paramref name="count"/> runs have been reported.</summary>
    public Task WaitForCountAsync(int count) => WaitUntilAsync(r => r.Count >= count, $"{count} finished runs");

    private async Task WaitUntilAsync(Func<IReadOnlyList<RunProgress>, bool> condition, string what, Action? nudge = null)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            nudge?.Invoke();
            if (condition(Reports))
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(start) > Patience)
            {
                Assert.Fail($"waited {Patience.TotalSeconds} s for {what}; reported: {string.Join(", ", Reports.Select(p => $"{p.Latest.CaseId} × {p.Latest.SolverId}"))}");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
