using SkiaSharp;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>Measures text with the same typefaces and sizes the painter draws with.</summary>
internal sealed class SkiaTextMeasurer(ReportFonts fonts) : ITextMeasurer
{
    private readonly Dictionary<(FontFace, float), SKFont> cache = [];

    /// <inheritdoc/>
    public float Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (!cache.TryGetValue((style.Face, style.Size), out var font))
        {
            font = fonts.Font(style);
            cache[(style.Face, style.Size)] = font;
        }

        return font.MeasureText(text);
    }
}
