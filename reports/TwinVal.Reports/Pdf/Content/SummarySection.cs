using System.Collections.Immutable;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>Counts per verdict, the case × solver verdict matrix, and the cases the catalogue rejected.</summary>
internal static class SummarySection
{
    /// <summary>Summary blocks.</summary>
    public static IEnumerable<LayoutBlock> Blocks(RunSummary summary)
    {
        yield return new HeadingBlock(1, "Summary");
        var counts = Enum.GetValues<Verdict>().Select(v => $"{summary.Results.Count(r => r.Verdict == v)} {ReportText.Word(v)}");
        yield return new ParagraphBlock($"{summary.Results.Length} runs: {string.Join(", ", counts)}. Overall verdict: {ReportText.Word(OverallVerdict.Of(summary))}.");
        yield return new HeadingBlock(2, "Verdict matrix");
        yield return UsesMatrix(summary) ? Matrix(summary) : RunList(summary);
        yield return new HeadingBlock(2, "Rejected cases");
        if (summary.Problems.IsEmpty)
        {
            yield return new ParagraphBlock("The catalogue rejected no case: every selected case loaded without problems.");
            yield break;
        }

        yield return new TableBlock(
            [new TableColumn("Location", 2f), new TableColumn("Field", 1.2f), new TableColumn("Problem", 3f)],
            [.. summary.Problems.Select(p => ImmutableArray.Create<TableCell>(Location(p), p.Field ?? "—", p.Message))]);
    }

    private static string Location(Harness.Problem p) =>
        p.Line is { } line ? (p.Column is { } column ? $"{p.File}:{line}:{column}" : $"{p.File}:{line}") : p.File;

    // A matrix stays readable up to about six solver columns on a portrait page. Beyond that (many single-model
    // solvers) it would be mostly "unsupported" cells, so the runs actually attempted are listed instead.
    private const int MaxMatrixSolvers = 6;

    private static bool UsesMatrix(RunSummary summary) =>
        summary.Results.Select(r => r.SolverId).Distinct(StringComparer.Ordinal).Count() <= MaxMatrixSolvers;

    private static TableBlock RunList(RunSummary summary)
    {
        var unsupported = summary.Results.Count(r => r.Verdict == Verdict.Unsupported);
        var rows = summary.Results.Where(r => r.Verdict != Verdict.Unsupported).Select(r => ImmutableArray.Create<TableCell>(
            r.CaseId, r.SolverId, $"{r.ChecksPassed}/{r.Checks.Length}", VerdictCell.Of(r.Verdict)));
        var note = ImmutableArray.Create<TableCell>(
            $"{unsupported} case × solver pairs not run: the solver does not implement the case's model", string.Empty, string.Empty, string.Empty);
        return new TableBlock(
            [new TableColumn("Case", 2f), new TableColumn("Solver", 2f), new TableColumn("Checks passed", 1f, TextAlign.Right), new TableColumn("Verdict", 1f)],
            unsupported > 0 ? [.. rows, note] : [.. rows]);
    }

    private static TableBlock Matrix(RunSummary summary)
    {
        var solvers = summary.Solvers.Select(s => s.Id).Concat(summary.Results.Select(r => r.SolverId)).Distinct(StringComparer.Ordinal).ToList();
        var cases = summary.Cases.Select(c => c.Id).Concat(summary.Results.Select(r => r.CaseId)).Distinct(StringComparer.Ordinal);
        var columns = ImmutableArray.Create(new TableColumn("Case", 2f)).AddRange(solvers.Select(s => new TableColumn(s, 1f)));
        var rows = cases.Select(c => ImmutableArray.Create<TableCell>(c).AddRange(solvers.Select(s =>
            summary.Results.FirstOrDefault(r => r.CaseId == c && r.SolverId == s) is { } run ? VerdictCell.Of(run.Verdict) : new TableCell("—"))));
        return new TableBlock(columns, [.. rows]);
    }
}
