using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Layout;
using TwinVal.Reports.Pdf.Rendering;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// The extra x–y plots a case declares (case.yaml <c>report.plots</c>, such as a pressure–volume loop), drawn from the
/// solver output, with the reference overlaid when one reference table holds both variables. Units on both axes.
/// </summary>
internal static class DeclaredPlots
{
    /// <summary>Figure and note blocks for the plots <paramref name="loaded"/> declares, from <paramref name="output"/>.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run, ReferenceCase loaded, SeriesTable output, string relative)
    {
        foreach (var plot in loaded.ReportPlots)
        {
            var (x, y) = (Column(output, plot.X), Column(output, plot.Y));
            if (x is null || y is null)
            {
                yield return new ParagraphBlock($"No plot of {plot.Y} against {plot.X}: {relative} has no column '{(x is null ? plot.X : plot.Y)}'.");
                continue;
            }

            List<PlotLine> lines = [];
            if (loaded.Reference.Tables.FirstOrDefault(t => Column(t.Data, plot.X) is not null && Column(t.Data, plot.Y) is not null) is { } table
                && Column(table.Data, plot.X) is { } rx && Column(table.Data, plot.Y) is { } ry
                && rx.Unit.IsCompatibleWith(x.Unit) && ry.Unit.IsCompatibleWith(y.Unit))
            {
                // The reference is converted into the solver output's units, so that both lines share the axes' units.
                lines.Add(new PlotLine($"reference ({table.Path})", [.. rx.Values.Select(v => Convert(v, rx, x))], [.. ry.Values.Select(v => Convert(v, ry, y))]));
            }

            lines.Add(new PlotLine($"solver {run.SolverId}", x.Values, y.Values, Dashed: lines.Count > 0));
            yield return new FigureBlock(RunFigures.PlotHeight, new SeriesPlotFigure(
                [.. lines], $"{plot.X} [{x.Unit.Symbol}]", $"{plot.Y} [{y.Unit.Symbol}]"),
                $"{run.CaseId} × {run.SolverId}: {plot.Title ?? $"{plot.Y} against {plot.X}"}.");
        }
    }

    private static Series? Column(SeriesTable table, string name) => name == "time" ? table.Time : table.Find(name);

    private static double Convert(double value, Series from, Series to) =>
        new Harness.Units.Quantity(value, from.Unit).ConvertTo(to.Unit).Value;
}
