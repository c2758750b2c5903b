using System.Collections.Immutable;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>Puts the report's sections in order: cover and contents, summary, cases, credibility (when assessed), provenance, signatures.</summary>
internal static class ReportComposer
{
    /// <summary>Every block of the report for <paramref name="summary"/> with its record in <paramref name="recordFolder"/>.</summary>
    public static ImmutableArray<LayoutBlock> Compose(RunSummary summary, string recordFolder)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        blocks.AddRange(CoverSection.Blocks(summary));
        blocks.AddRange(SummarySection.Blocks(summary));
        blocks.Add(new HeadingBlock(1, "Cases"));
        if (summary.Cases.IsEmpty)
        {
            blocks.Add(new ParagraphBlock("No case was selected."));
        }

        foreach (var record in summary.Cases)
        {
            var runs = summary.Results.Where(r => r.CaseId == record.Id);
            blocks.AddRange(CaseSection.Blocks(CaseEvidence.Load(record), runs, recordFolder));
        }

        blocks.AddRange(CredibilitySection.Blocks(recordFolder));
        blocks.AddRange(ProvenanceSection.Blocks(summary));
        blocks.AddRange(SignatureSection.Blocks());
        return blocks.ToImmutable();
    }
}
