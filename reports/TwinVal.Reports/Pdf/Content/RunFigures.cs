using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Layout;
using TwinVal.Reports.Pdf.Rendering;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// Overlay (reference and solver) and error (solver − reference) plots for each variable a run's checks read, from the
/// solver output kept in the run record and the case's reference CSV. What is missing is said, never silently skipped.
/// </summary>
internal static class RunFigures
{
    /// <summary>Height of each plot: about 40 % of the text width, two plots and captions fit on one A4 page.</summary>
    public const float PlotHeight = 190f;

    /// <summary>Figure and note blocks for <paramref name="run"/>.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run, ReferenceCase? loaded, string recordFolder)
    {
        if (run.Verdict is Verdict.Unsupported or Verdict.Skipped)
        {
            yield break;
        }

        var outputPath = Path.Combine(recordFolder, "outputs", run.CaseId, run.SolverId + ".csv");
        var relative = $"outputs/{run.CaseId}/{run.SolverId}.csv";
        if (!File.Exists(outputPath))
        {
            yield return new ParagraphBlock($"No plots: the run record holds no solver output at {relative}.");
            yield break;
        }

        var read = SeriesTableCsvReader.Read(outputPath);
        if (read.Table is not { } output)
        {
            yield return new ParagraphBlock($"No plots: {relative} could not be read ({read.Problems.FirstOrDefault()?.ToString() ?? "unknown problem"}).");
            yield break;
        }

        if (loaded is null)
        {
            yield return new ParagraphBlock("No plots: the case's reference data is not available (see the note above).");
            yield break;
        }

        foreach (var variable in run.Checks.Select(c => c.Variable).Distinct(StringComparer.Ordinal))
        {
            foreach (var block in VariableBlocks(run, variable, loaded, output, relative))
            {
                yield return block;
            }
        }

        foreach (var block in DeclaredPlots.Blocks(run, loaded, output, relative))
        {
            yield return block;
        }
    }

    private static IEnumerable<LayoutBlock> VariableBlocks(JudgedRun run, string variable, ReferenceCase loaded, SeriesTable output, string relative)
    {
        var table = loaded.Reference.TableFor(variable);
        var solution = output.Find(variable);
        if (table is null || solution is null)
        {
            var missing = table is null ? $"the reference data has no column '{variable}'" : $"{relative} has no column '{variable}'";
            yield return new ParagraphBlock($"No plot of {variable}: {missing}.");
            yield break;
        }

        var reference = table.Data.Find(variable)!;
        if (!GridAligner.TryAlign(table.Data.Time, reference, output.Time, solution, out var aligned, out var error))
        {
            yield return new ParagraphBlock($"No plot of {variable}: {error}.");
            yield break;
        }

        var t = aligned.Time.Values;
        var tLabel = $"t [{aligned.Time.Unit.Symbol}]";
        var yLabel = $"{variable} [{aligned.Reference.Unit.Symbol}]";
        ImmutableArray<double> difference = [.. aligned.Solution.Values.Select((s, i) => s - aligned.Reference.Values[i])];
        yield return new FigureBlock(PlotHeight, new SeriesPlotFigure(
            [new PlotLine($"reference ({table.Path})", t, aligned.Reference.Values), new PlotLine($"solver {run.SolverId}", t, aligned.Solution.Values, Dashed: true)],
            tLabel, yLabel),
            $"{run.CaseId} × {run.SolverId}: {variable}, reference and solver ({aligned.Alignment}).");
        yield return new FigureBlock(PlotHeight, new SeriesPlotFigure([new PlotLine("solver − reference", t, difference)], tLabel, $"Δ{yLabel}"),
            $"{run.CaseId} × {run.SolverId}: error of {variable}, solver minus reference at the reference times.");
    }
}
