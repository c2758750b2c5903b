using System.Collections.Immutable;
using ScottPlot;
using SkiaSharp;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>
/// A line plot drawn by ScottPlot 5 as vectors straight onto the PDF page. ScottPlot's first render of a plot lays out
/// its axes and then draws again, which would put every line twice into the PDF; so the plot is rendered once into a
/// throw-away picture first. The page must not be cleared by the plot, so clearing is switched off.
/// </summary>
/// <param name="Lines">Lines in legend order.</param>
/// <param name="XLabel">Abscissa label with unit.</param>
/// <param name="YLabel">Ordinate label with unit.</param>
/// <param name="LogLog">Both axes logarithmic (decades labelled 10^k); every point must then be positive.</param>
internal sealed record SeriesPlotFigure(ImmutableArray<PlotLine> Lines, string XLabel, string YLabel, bool LogLog = false) : IFigureContent
{
    /// <inheritdoc/>
    public void Draw(SKCanvas canvas, LayoutRect bounds)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var plot = Build();
        var (width, height) = ((int)bounds.Width, (int)bounds.Height);
        using (var recorder = new SKPictureRecorder())
        {
            var scratch = recorder.BeginRecording(SKRect.Create(width, height));
            plot.Render(scratch, width, height);
            using var discarded = recorder.EndRecording();
        }

        canvas.Save();
        canvas.Translate(bounds.X, bounds.Y);
        plot.Render(canvas, width, height);
        canvas.Restore();
    }

    private Plot Build()
    {
        var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.Font.Set(ReportFonts.PlotFamily);
        foreach (var line in Lines)
        {
            // ScottPlot 5 has no logarithmic axis: log-log plots draw log10 of the data on linear axes with decade ticks.
            var (x, y) = LogLog ? (Log10(line.X), Log10(line.Y)) : (line.X.ToArray(), line.Y.ToArray());
            var scatter = line.MarkersOnly ? plot.Add.ScatterPoints(x, y) : plot.Add.ScatterLine(x, y);
            scatter.LegendText = line.Label;

            // 1 pt lines stay distinct where solver and reference overlap; the dash shows the reference beneath.
            // Markers of 6 px stay visible at print size without hiding a line drawn through them.
            scatter.LineWidth = line.MarkersOnly ? 0f : line.Dashed ? 1.2f : 1f;
            scatter.LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            scatter.MarkerSize = line.MarkersOnly ? 6f : 0f;
        }

        if (LogLog)
        {
            plot.Axes.Bottom.TickGenerator = DecadeTicks();
            plot.Axes.Left.TickGenerator = DecadeTicks();
        }

        plot.XLabel(XLabel, 10f);
        plot.YLabel(YLabel, 10f);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;
        plot.Legend.FontSize = 9f;
        plot.ShowLegend(LogLog ? Alignment.LowerRight : Alignment.UpperRight);
        return plot;
    }

    private static double[] Log10(ImmutableArray<double> values) => [.. values.Select(Math.Log10)];

    // Whole decades only, labelled 1E-03 style, with the 2..9 minor ticks of a log axis between them.
    private static ScottPlot.TickGenerators.NumericAutomatic DecadeTicks() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => Math.Pow(10, v).ToString("0E+00", System.Globalization.CultureInfo.InvariantCulture),
    };
}
