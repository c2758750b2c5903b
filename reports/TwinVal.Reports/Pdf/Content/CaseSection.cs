using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>One case: identity and provenance, purpose, acceptance formulas, then per solver the metrics and plots.</summary>
internal static class CaseSection
{
    /// <summary>Blocks for <paramref name="evidence"/> and its runs.</summary>
    public static IEnumerable<LayoutBlock> Blocks(CaseEvidence evidence, IEnumerable<JudgedRun> runs, string recordFolder)
    {
        var record = evidence.Record;
        var loaded = evidence.Case;
        yield return new HeadingBlock(2, $"{record.Id}: {record.Title}");
        yield return Tables.KeyValue(
            ("Domain / kind / tier", $"{record.Domain} / {record.Kind} / {record.Tier}"),
            ("Model", $"{record.Model} {record.ModelVersion}"),
            ("Reference class", record.ReferenceClass),
            ("Citation", record.Citation),
            ("Case folder", Tables.Mono(record.Path)),
            ("sha256", Tables.Mono(record.Sha256)));
        if (evidence.Note is { } note)
        {
            yield return new ParagraphBlock($"Note: {note}");
        }

        if (loaded is not null)
        {
            yield return new ParagraphBlock($"Purpose: {loaded.Purpose}");
            if (loaded.ContextOfUse is { } context)
            {
                yield return new ParagraphBlock($"Context of use: {context}");
            }

            yield return new TableBlock(
                [new TableColumn("Check", 1.2f), new TableColumn("Acceptance rule", 4f)],
                [.. loaded.Acceptance.Select(a => ImmutableArray.Create<TableCell>(a.Id, a.Description is { } d ? $"{AcceptanceFormula.Of(a)}\n{d}" : AcceptanceFormula.Of(a)))]);
        }

        // Solvers that do not implement the model are named once, not given a section each: with many single-model
        // solvers those sections would bury the runs that carry evidence.
        var unsupported = runs.Where(r => r.Verdict == Verdict.Unsupported).Select(r => r.SolverId).ToList();
        if (unsupported.Count > 0)
        {
            yield return new ParagraphBlock(
                $"Not run (the solver does not implement model {record.Model}): {string.Join(", ", unsupported)}.");
        }

        foreach (var run in runs.Where(r => r.Verdict != Verdict.Unsupported))
        {
            yield return new HeadingBlock(3, $"{record.Id} × {run.SolverId}: {ReportText.Word(run.Verdict)}");
            yield return new ParagraphBlock(run.Message);
            if (!run.Checks.IsEmpty)
            {
                yield return Metrics(run);
            }

            var blocks = PropertyResults.Blocks(run).Concat(ValidationTable.Blocks(run)).Concat(RunFigures.Blocks(run, loaded, recordFolder)).Concat(ConvergenceFigures.Blocks(run));
            foreach (var block in blocks)
            {
                yield return block;
            }
        }
    }

    private static TableBlock Metrics(JudgedRun run) => new(
        [
            new TableColumn("Check", 1.3f), new TableColumn("Metric", 1.1f), new TableColumn("Variable", 0.8f),
            new TableColumn("Value", 1f, TextAlign.Right), new TableColumn("Limit", 1f, TextAlign.Right),
            new TableColumn("Margin", 1f, TextAlign.Right), new TableColumn("Unit", 0.7f), new TableColumn("Verdict", 0.9f),
        ],
        [.. run.Checks.Select(c => ImmutableArray.Create<TableCell>(
            c.CheckId, c.Metric, c.Variable, ReportText.Short(c.Value), ReportText.Short(c.Limit), ReportText.Short(c.Margin), c.Unit, VerdictCell.Of(c.Verdict)))]);
}
