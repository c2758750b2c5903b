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
internal sealed record SeriesPlotFigure(ImmutableArray<PlotLine> Lines, string XLabel, string YLabel) : IFigureContent
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
            var scatter = plot.Add.ScatterLine(line.X.ToArray(), line.Y.ToArray());
            scatter.LegendText = line.Label;

            // 1 pt lines stay distinct where solver and reference overlap; the dash shows the reference beneath.
            scatter.LineWidth = line.Dashed ? 1.2f : 1f;
            scatter.LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid;
        }

        plot.XLabel(XLabel, 10f);
        plot.YLabel(YLabel, 10f);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;
        plot.Legend.FontSize = 9f;
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
