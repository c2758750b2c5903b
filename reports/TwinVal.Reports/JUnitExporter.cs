using System.Globalization;
using System.Text;
using System.Xml;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>
/// Writes junit.xml for CI gates: one <c>&lt;testsuite&gt;</c> per case (name = case id) and one
/// <c>&lt;testcase&gt;</c> per case × solver (classname <c>twinval.&lt;domain&gt;.&lt;case&gt;</c>, name = solver id).
/// Fail becomes <c>&lt;failure&gt;</c> listing the failed checks with value, limit and margin; Error becomes
/// <c>&lt;error&gt;</c>; Unsupported and Skipped become <c>&lt;skipped&gt;</c>.
/// </summary>
public sealed class JUnitExporter : IReportExporter
{
    /// <inheritdoc/>
    public string FileName => "junit.xml";

    /// <inheritdoc/>
    public async Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings
        {
            Async = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        var writer = XmlWriter.Create(destination, settings);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteStartDocumentAsync().ConfigureAwait(false);
            await writer.WriteStartElementAsync(null, "testsuites", null).ConfigureAwait(false);
            await Attribute(writer, "name", $"twinval {summary.Info.RunId}").ConfigureAwait(false);
            await Counts(writer, summary.Results).ConfigureAwait(false);
            foreach (var group in summary.Results.GroupBy(r => r.CaseId, StringComparer.Ordinal))
            {
                var domain = summary.Cases.FirstOrDefault(c => c.Id == group.Key)?.Domain ?? "unknown";
                await writer.WriteStartElementAsync(null, "testsuite", null).ConfigureAwait(false);
                await Attribute(writer, "name", group.Key).ConfigureAwait(false);
                await Counts(writer, [.. group]).ConfigureAwait(false);
                foreach (var run in group)
                {
                    await WriteTestCase(writer, $"twinval.{domain}.{run.CaseId}", run).ConfigureAwait(false);
                }

                await writer.WriteEndElementAsync().ConfigureAwait(false);
            }

            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndDocumentAsync().ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
        }

        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTestCase(XmlWriter writer, string className, JudgedRun run)
    {
        await writer.WriteStartElementAsync(null, "testcase", null).ConfigureAwait(false);
        await Attribute(writer, "classname", className).ConfigureAwait(false);
        await Attribute(writer, "name", run.SolverId).ConfigureAwait(false);
        await Attribute(writer, "time", Seconds(run.WallTime)).ConfigureAwait(false);
        var (element, body) = run.Verdict switch
        {
            Verdict.Fail => ("failure", FailedChecks(run)),
            Verdict.Error => ("error", run.Message),
            Verdict.Unsupported or Verdict.Skipped => ("skipped", null),
            _ => ((string?)null, (string?)null),
        };
        if (element is not null)
        {
            await writer.WriteStartElementAsync(null, element, null).ConfigureAwait(false);
            await Attribute(writer, "message", run.Message).ConfigureAwait(false);
            if (element != "skipped")
            {
                await Attribute(writer, "type", ReportText.Word(run.Verdict)).ConfigureAwait(false);
            }

            if (body is not null)
            {
                await writer.WriteStringAsync(Clean(body)).ConfigureAwait(false);
            }

            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static string FailedChecks(JudgedRun run)
    {
        var text = new StringBuilder();
        foreach (var c in run.Checks.Where(c => c.Verdict != Verdict.Pass))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{c.CheckId} ({c.Metric} on {c.Variable}): {ReportText.Word(c.Verdict)}, value {ReportText.Short(c.Value, c.Unit)}, limit {ReportText.Short(c.Limit, c.Unit)}, margin {ReportText.Short(c.Margin, c.Unit)}; {c.Message}\n");
        }

        return text.Length > 0 ? text.ToString() : run.Message;
    }

    private static async Task Counts(XmlWriter writer, IReadOnlyCollection<JudgedRun> runs)
    {
        await Attribute(writer, "tests", Count(runs.Count)).ConfigureAwait(false);
        await Attribute(writer, "failures", Count(runs.Count(r => r.Verdict == Verdict.Fail))).ConfigureAwait(false);
        await Attribute(writer, "errors", Count(runs.Count(r => r.Verdict == Verdict.Error))).ConfigureAwait(false);
        await Attribute(writer, "skipped", Count(runs.Count(r => r.Verdict is Verdict.Unsupported or Verdict.Skipped))).ConfigureAwait(false);
        await Attribute(writer, "time", Seconds(TimeSpan.FromTicks(runs.Sum(r => r.WallTime.Ticks)))).ConfigureAwait(false);
    }

    private static Task Attribute(XmlWriter writer, string name, string value) =>
        writer.WriteAttributeStringAsync(null, name, null, Clean(value));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // JUnit times are seconds; milliseconds resolution is what CI dashboards show.
    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    // Solver messages may hold control characters XML 1.0 cannot represent at all (escaping is not enough):
    // they are replaced so one odd message cannot make the whole file unreadable.
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
