using System.Globalization;
using System.Text;
using TwinVal.Harness;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>
/// Writes summary.md for CI job summaries and pull-request comments: the overall verdict, counts per verdict, the
/// case × solver verdict matrix, every failing check with value, limit and margin, runs in error, and rejected cases.
/// </summary>
public sealed class MarkdownSummaryExporter : IReportExporter
{
    /// <inheritdoc/>
    public string FileName => "summary.md";

    /// <inheritdoc/>
    public async Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Render(summary));
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Markdown text.</summary>
    public static string Render(RunSummary summary)
    {
        var md = new StringBuilder();
        var info = summary.Info;
        Line(md, $"# TwinVal run {info.RunId}");
        Line(md);
        Line(md, $"**Overall verdict: {ReportText.Badge(OverallVerdict.Of(summary)).ToUpperInvariant()}**");
        Line(md);
        var counts = Enum.GetValues<Verdict>().Select(v => $"{summary.Results.Count(r => r.Verdict == v)} {ReportText.Word(v)}");
        Line(md, $"{summary.Results.Length} runs: {string.Join(", ", counts)}.");
        Line(md);
        var finished = info.FinishedUtc is { } f ? RunJsonExporter.Timestamp(f) : "—";
        Line(md, $"Status {KebabCase.Of(info.Status)} · tier {info.Tier} · seed {info.Seed} · started {RunJsonExporter.Timestamp(info.StartedUtc)} · finished {finished} · TwinVal {info.HarnessVersion} ({info.GitCommit})");
        Matrix(md, summary);
        FailingChecks(md, summary);
        Errors(md, summary);
        Rejected(md, summary);
        return md.ToString();
    }

    private static void Matrix(StringBuilder md, RunSummary summary)
    {
        Line(md);
        Line(md, "## Verdict matrix");
        Line(md);
        var solvers = summary.Solvers.Select(s => s.Id).ToList();
        foreach (var id in summary.Results.Select(r => r.SolverId).Where(id => !solvers.Contains(id)).Distinct())
        {
            solvers.Add(id);
        }

        Line(md, "| Case | " + string.Join(" | ", solvers.Select(Cell)) + " |");
        Line(md, "|---|" + string.Concat(solvers.Select(_ => "---|")));
        foreach (var caseId in summary.Results.Select(r => r.CaseId).Distinct(StringComparer.Ordinal))
        {
            var cells = solvers.Select(s => summary.Results.FirstOrDefault(r => r.CaseId == caseId && r.SolverId == s) is { } r
                ? ReportText.Badge(r.Verdict)
                : "—");
            Line(md, $"| {Cell(caseId)} | {string.Join(" | ", cells)} |");
        }
    }

    private static void FailingChecks(StringBuilder md, RunSummary summary)
    {
        var failing = summary.Results.SelectMany(r => r.Checks.Where(c => c.Verdict != Verdict.Pass).Select(c => (Run: r, Check: c))).ToList();
        if (failing.Count == 0)
        {
            return;
        }

        Line(md);
        Line(md, "## Failing checks");
        Line(md);
        Line(md, "| Case | Solver | Check | Metric | Variable | Value | Limit | Margin | Unit | Verdict | Message |");
        Line(md, "|---|---|---|---|---|---:|---:|---:|---|---|---|");
        foreach (var (run, c) in failing)
        {
            Line(md, $"| {Cell(run.CaseId)} | {Cell(run.SolverId)} | {Cell(c.CheckId)} | {Cell(c.Metric)} | {Cell(c.Variable)} | {ReportText.Short(c.Value)} | {ReportText.Short(c.Limit)} | {ReportText.Short(c.Margin)} | {Cell(c.Unit)} | {ReportText.Word(c.Verdict)} | {Cell(c.Message)} |");
        }
    }

    private static void Errors(StringBuilder md, RunSummary summary)
    {
        var errors = summary.Results.Where(r => r.Verdict == Verdict.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        Line(md);
        Line(md, "## Runs in error");
        Line(md);
        Line(md, "| Case | Solver | Message |");
        Line(md, "|---|---|---|");
        foreach (var r in errors)
        {
            Line(md, $"| {Cell(r.CaseId)} | {Cell(r.SolverId)} | {Cell(r.Message)} |");
        }
    }

    private static void Rejected(StringBuilder md, RunSummary summary)
    {
        if (summary.Problems.IsEmpty)
        {
            return;
        }

        Line(md);
        Line(md, "## Rejected cases and input problems");
        Line(md);
        foreach (var problem in summary.Problems)
        {
            Line(md, $"- `{problem.ToString().Replace("`", "'", StringComparison.Ordinal)}`");
        }
    }

    // Table cells: a pipe would end the cell, a line break the row, and '<' could start an HTML tag that hides text.
    private static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
