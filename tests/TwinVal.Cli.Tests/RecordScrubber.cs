using System.Text.RegularExpressions;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Tests;

/// <summary>
/// Replaces what legitimately differs between two runs of the same cases (run id, timestamps, wall times, versions,
/// commit, machine) with placeholders, so a snapshot holds only what must not change.
/// </summary>
internal static partial class RecordScrubber
{
    public static string Scrub(string text)
    {
        var version = HarnessVersion.Current;
        var environment = EnvironmentInfoProvider.Current();
        foreach (var (value, placeholder) in new[]
        {
            (version.Version, "<version>"), (environment.OperatingSystem, "<os>"), (environment.Runtime, "<runtime>"),
            (environment.MachineName, "<machine>"),
        })
        {
            if (!string.IsNullOrEmpty(value))
            {
                text = text.Replace(value, placeholder, StringComparison.Ordinal);
            }
        }

        text = version.Commit == "unknown" ? text.Replace("(unknown)", "(<commit>)", StringComparison.Ordinal) : text.Replace(version.Commit, "<commit>", StringComparison.Ordinal);
        text = RunId().Replace(text, "<run-id>");
        text = Timestamp().Replace(text, "<timestamp>");
        return WallTime().Replace(text, "time=\"<seconds>\"");
    }

    [GeneratedRegex(@"\b\d{8}-\d{6}-\d+\b")]
    private static partial Regex RunId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Timestamp();

    [GeneratedRegex("time=\"[0-9.]+\"")]
    private static partial Regex WallTime();
}
