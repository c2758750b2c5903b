using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>The cover page: title, run identity, date, solvers and the overall verdict, then the table of contents.</summary>
internal static class CoverSection
{
    /// <summary>Cover and contents blocks.</summary>
    public static IEnumerable<LayoutBlock> Blocks(RunSummary summary)
    {
        var info = summary.Info;
        var overall = OverallVerdict.Of(summary);
        yield return new ParagraphBlock("TwinVal validation report", new TextStyle(FontFace.SansBold, 24f, LayoutColor.Black));
        yield return new ParagraphBlock($"Run {info.RunId}", new TextStyle(FontFace.Sans, 14f, LayoutColor.Grey));
        yield return new ParagraphBlock($"Overall verdict: {ReportText.Word(overall).ToUpperInvariant()}", new TextStyle(FontFace.SansBold, 18f, LayoutColor.Black));
        yield return Tables.KeyValue(
            ("Suite", $"{summary.Cases.Length} reference case(s) × {summary.Solvers.Length} solver(s), tier {info.Tier}, seed {info.Seed}"),
            ("Harness", $"TwinVal {info.HarnessVersion}"),
            ("Git commit", Tables.Mono(info.GitCommit)),
            ("Run id", Tables.Mono(info.RunId)),
            ("Started", ReportDates.Utc(info.StartedUtc)),
            ("Finished", info.FinishedUtc is { } f ? ReportDates.Utc(f) : "not finished"),
            ("Status", KebabCase.Of(info.Status)),
            ("Solvers", summary.Solvers.Length == 0 ? "none" : string.Join("\n", summary.Solvers.Select(s => $"{s.Id} {s.Version} ({s.Kind})"))),
            ("Overall verdict", VerdictCell.Of(overall)));
        yield return new ParagraphBlock(
            "This report is generated from the run record alone; rendering the same record again gives the same text. " +
            "Every number in it is also in run.json and checks.csv.", TextStyle.Small);
        yield return new PageBreakBlock();
        yield return new ParagraphBlock("Contents", TextStyle.Heading(1));
        yield return new TableOfContentsBlock();
        yield return new PageBreakBlock();
    }
}
