using SkiaSharp;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>Draws a laid-out page onto a canvas: rectangles, then text, then figures, each exactly where layout put it.</summary>
internal static class PagePainter
{
    /// <summary>Draws <paramref name="page"/> on <paramref name="canvas"/>.</summary>
    public static void Paint(SKCanvas canvas, LaidOutPage page, ReportFonts fonts)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        foreach (var rect in page.Items.OfType<PlacedRect>())
        {
            var r = SKRect.Create(rect.Rect.X, rect.Rect.Y, rect.Rect.Width, rect.Rect.Height);
            if (rect.Fill is { } f)
            {
                fill.Color = Color(f);
                canvas.DrawRect(r, fill);
            }

            if (rect.Stroke is { } s)
            {
                stroke.Color = Color(s);
                canvas.DrawRect(r, stroke);
            }
        }

        foreach (var text in page.Texts.Where(t => t.Text.Length > 0))
        {
            using var font = fonts.Font(text.Style);
            fill.Color = Color(text.Style.Color);
            canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, font, fill);
        }

        foreach (var figure in page.Items.OfType<PlacedFigure>())
        {
            canvas.Save();
            canvas.ClipRect(SKRect.Create(figure.Rect.X, figure.Rect.Y, figure.Rect.Width, figure.Rect.Height));
            figure.Content.Draw(canvas, figure.Rect);
            canvas.Restore();
        }
    }

    private static SKColor Color(LayoutColor c) => new(c.R, c.G, c.B);
}
