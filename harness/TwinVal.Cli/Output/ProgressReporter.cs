using TwinVal.Harness.Judging;
using TwinVal.Harness.Running;

namespace TwinVal.Cli.Output;

/// <summary>
/// Shows run progress on standard error: a single updating bar on a terminal, one plain line per finished run when the
/// output is redirected or CI is set (so logs stay readable and greppable).
/// </summary>
internal sealed class ProgressReporter(CliContext context) : IProgress<RunProgress>, IDisposable
{
    private const int BarWidth = 30;
    private readonly Lock gate = new();
    private bool barShown;

    public void Report(RunProgress value)
    {
        lock (gate)
        {
            var run = value.Latest;
            if (context.Interactive)
            {
                var filled = value.Total == 0 ? BarWidth : value.Completed * BarWidth / value.Total;
                var label = $"{run.CaseId} × {run.SolverId}";
                context.Error.Write(
                    $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Completed}/{value.Total} {Truncate(label, 50),-50}");
                barShown = true;
            }
            else if (run.Verdict != Verdict.Unsupported)
            {
                var milliseconds = (long)run.WallTime.TotalMilliseconds;
                context.Error.WriteLine(
                    $"[{value.Completed}/{value.Total}] {VerdictTable.Word(run.Verdict)} {run.CaseId} × {run.SolverId} ({milliseconds} ms){Detail(run)}");
            }
        }
    }

    /// <summary>Ends the bar's line so the table starts on a fresh one.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (barShown)
            {
                context.Error.WriteLine();
                barShown = false;
            }
        }
    }

    public void Dispose() => Finish();

    private static string Detail(JudgedRun run) =>
        run.Verdict is Verdict.Pass or Verdict.Unsupported ? string.Empty : $": {run.Message}";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
