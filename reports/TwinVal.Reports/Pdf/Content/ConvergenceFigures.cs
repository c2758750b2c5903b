using System.Collections.Immutable;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;
using TwinVal.Reports.Pdf.Rendering;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// Per refinement ladder of a run: the levels as a table and a log–log plot of |φ_h − φ_ext| against h with the
/// least-squares slope and a line of the expected order, the GCI in the caption (Celik et al. 2008,
/// doi:10.1115/1.2960953). A ladder without an extrapolated value (no order could be solved for) gets its table and a
/// sentence saying why there is no plot.
/// </summary>
internal static class ConvergenceFigures
{
    /// <summary>Blocks for every ladder of <paramref name="run"/>.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run) => run.Ladders.SelectMany(l => Blocks(run, l));

    private static IEnumerable<LayoutBlock> Blocks(JudgedRun run, LadderRecord ladder)
    {
        var name = $"{run.CaseId} × {run.SolverId}, {ladder.CheckId}";
        var ext = ladder.ExtrapolatedValue;
        yield return new TableBlock(
            [
                new TableColumn("Level", 0.5f, TextAlign.Right), new TableColumn($"{ladder.HName} [{ladder.HUnit}]", 0.9f, TextAlign.Right),
                new TableColumn($"φ [{ladder.PhiUnit}]", 1.9f, TextAlign.Right), new TableColumn("|φ − φ_ext|", 1f, TextAlign.Right),
                new TableColumn("Output", 2.9f),
            ],
            [.. ladder.Levels.Select(l => ImmutableArray.Create<TableCell>(
                $"{l.Level}", ReportText.Short(l.H), ReportText.Exact(l.Phi), double.IsFinite(ext) ? ReportText.Short(Math.Abs(l.Phi - ext)) : "—", Tables.Mono(l.Output)))]);

        var points = ladder.Levels.Select(l => (X: l.H, Y: Math.Abs(l.Phi - ext))).Where(p => p.X > 0 && p.Y > 0 && double.IsFinite(p.Y)).ToList();
        var fit = LogLogFit.Of(points);
        if (!double.IsFinite(ext) || fit is not { } line)
        {
            yield return new ParagraphBlock(
                $"No convergence plot for {name}: {(double.IsFinite(ext) ? "fewer than two levels differ from the extrapolated value" : $"no extrapolated value (behaviour {ladder.Behaviour})")}.");
            yield break;
        }

        var (hMin, hMax) = (points.Min(p => p.X), points.Max(p => p.X));
        var lines = ImmutableArray.CreateBuilder<PlotLine>();
        lines.Add(new PlotLine("levels |φ_h − φ_ext|", [.. points.Select(p => p.X)], [.. points.Select(p => p.Y)], MarkersOnly: true));
        lines.Add(new PlotLine($"least-squares slope {ReportText.Short(Math.Round(line.Slope, 3))}", [hMin, hMax], [line.At(hMin), line.At(hMax)]));
        if (ladder.ExpectedOrder is { } expected)
        {
            // The expected-order line goes through the finest level, where the asymptotic range is most likely reached.
            var finest = points.MinBy(p => p.X);
            lines.Add(new PlotLine($"expected order {ReportText.Short(expected)}", [hMin, hMax],
                [finest.Y, finest.Y * Math.Pow(hMax / hMin, expected)], Dashed: true));
        }

        yield return new FigureBlock(RunFigures.PlotHeight, new SeriesPlotFigure(
            lines.ToImmutable(), $"{ladder.HName} [{ladder.HUnit}]", $"|φ_h − φ_ext| [{ladder.PhiUnit}]", LogLog: true),
            $"{name}: convergence of the {ladder.Qoi} of {ladder.Variable}; observed order p = {ReportText.Short(ladder.ObservedOrder)}, " +
            $"φ_ext = {ReportText.Short(ext, ladder.PhiUnit)}, GCI_fine = {ReportText.Short(ladder.GciFine)} ({ReportText.Short(ladder.GciFine * 100)} %), " +
            $"asymptotic ratio {ReportText.Short(ladder.AsymptoticRatio)}, {ladder.Behaviour}.");
    }
}
