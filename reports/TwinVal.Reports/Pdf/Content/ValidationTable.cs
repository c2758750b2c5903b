using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// The ASME V&amp;V 20 comparisons of one run, one row each with every component (S, D, E, u_num, u_input, u_D, u_val,
/// k, the limit and the verdict), then the source of each datum. Prints nothing for a run without comparisons.
/// </summary>
internal static class ValidationTable
{
    /// <summary>A table of <paramref name="run"/>'s V&amp;V 20 comparisons, or nothing.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Validations.IsEmpty)
        {
            return [];
        }

        var rows = run.Validations.Select(v => Row(v, run.Checks.FirstOrDefault(c => c.CheckId == v.CheckId)?.Verdict ?? Verdict.Error)).ToImmutableArray();
        return
        [
            new ParagraphBlock($"Validation comparisons (ASME V&V 20) of {run.CaseId} × {run.SolverId}:", TextStyle.Body),
            new TableBlock(
                [
                    new TableColumn("Comparison", 1.5f), new TableColumn("S", 0.8f, TextAlign.Right), new TableColumn("D", 0.8f, TextAlign.Right),
                    new TableColumn("E", 0.8f, TextAlign.Right), new TableColumn("u_num", 0.8f, TextAlign.Right),
                    new TableColumn("u_input", 0.8f, TextAlign.Right), new TableColumn("u_D", 0.8f, TextAlign.Right),
                    new TableColumn("u_val", 0.8f, TextAlign.Right), new TableColumn("k", 0.4f, TextAlign.Right),
                    new TableColumn("Limit", 1.1f, TextAlign.Right), new TableColumn("Verdict", 0.7f),
                ],
                rows),
            .. run.Validations.Select(v => new ParagraphBlock($"{v.CheckId}: D from {v.Citation}; u_num {v.NumericalSource}; u_input from {Sampling(v)}.", TextStyle.Body)),
        ];
    }

    private static ImmutableArray<TableCell> Row(ValidationRecord v, Verdict verdict) =>
    [
        $"{v.CheckId} ({v.Qoi} of {v.Variable}, {v.Unit})",
        G(v.Simulation), G(v.Data), G(v.ComparisonError), G(v.NumericalUncertainty), G(v.InputUncertainty), G(v.DataUncertainty),
        G(v.ValidationUncertainty), G(v.CoverageFactor),
        v.ClinicalTolerance is { } t ? $"|E| + k·u_val ≤ {G(t)}" : $"|E| ≤ {G(v.CoverageFactor * v.ValidationUncertainty)}",
        VerdictCell.Of(verdict),
    ];

    private static string Sampling(ValidationRecord v) => v.Samples == 0
        ? "no declared input uncertainty (0)"
        : string.Create(CultureInfo.InvariantCulture, $"{v.Samples} {v.Sampling} samples, seed {v.Seed}");

    private static string G(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
