using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// Property-check results of one run: property, samples, the seed that reproduces them (<c>twinval run --seed</c> and
/// the recorded per-check seed), verdict and the shrunk counterexample when one was found. Prints nothing for a run
/// without property checks.
/// </summary>
internal static class PropertyResults
{
    /// <summary>A table of <paramref name="run"/>'s property checks, or nothing.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rows = run.Checks.Where(c => c.Property is not null).Select(Row).ToImmutableArray();
        if (rows.IsEmpty)
        {
            return [];
        }

        return
        [
            new ParagraphBlock($"Property checks of {run.CaseId} × {run.SolverId}:", TextStyle.Body),
            new TableBlock(
                [
                    new TableColumn("Property", 1.4f), new TableColumn("Samples", 0.9f, TextAlign.Right), new TableColumn("Seed", 1.8f, TextAlign.Right),
                    new TableColumn("Verdict", 0.7f), new TableColumn("Counterexample (shrunk) or result", 2.8f),
                ],
                rows),
        ];
    }

    private static ImmutableArray<TableCell> Row(CheckResult check)
    {
        var evidence = check.Property!;
        var detail = evidence.Counterexample.IsEmpty
            ? (check.Verdict == Verdict.Pass ? "held at every sample" : check.Message)
            : $"{evidence.CounterexampleText} — {check.Message}";
        return
        [
            check.CheckId,
            evidence.Samples.ToString(System.Globalization.CultureInfo.InvariantCulture),
            evidence.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            VerdictCell.Of(check.Verdict),
            detail,
        ];
    }
}
