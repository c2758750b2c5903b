using System.Globalization;
using System.IO.Compression;
using System.Text;
using SkiaSharp;
using TwinVal.Reports.PdfFile;
using TwinVal.Reports.Pdf.Rendering;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Signing;

/// <summary>Appearance streams (Form XObjects) for the signature widget and the development banner.</summary>
internal static class WidgetAppearance
{
    private const float Padding = 5f;

    /// <summary>A bordered box of <paramref name="width"/> × <paramref name="height"/> pt with the lines drawn as outlines.</summary>
    public static PdfStream Box(float width, float height, IReadOnlyList<string> lines)
    {
        using var fonts = ReportFonts.Load();
        var content = new StringBuilder();
        // Light grey fill and a dark border set the box apart from the page without hiding anything under it.
        content.Append(Invariant($"q 0.96 0.96 0.96 rg 0 0 {width:0.###} {height:0.###} re f Q\n"));
        content.Append(Invariant($"q 0.2 0.2 0.2 RG 0.8 w 0.4 0.4 {width - 0.8f:0.###} {height - 0.8f:0.###} re S Q\n"));
        content.Append("0 0 0 rg\n");
        var lineHeight = (height - (2 * Padding)) / lines.Count;
        for (var i = 0; i < lines.Count; i++)
        {
            // The first line (the printed name) is bold; every line shrinks to fit the box width.
            var face = fonts[i == 0 ? FontFace.SansBold : FontFace.Sans];
            var size = Fit(face, lines[i], Math.Min(9f, lineHeight * 0.8f), width - (2 * Padding));
            var baseline = height - Padding - (lineHeight * (i + 1)) + (lineHeight * 0.25f);
            VectorText.Append(content, face, size, lines[i], Padding, baseline);
        }

        return Form(width, height, content.ToString());
    }

    /// <summary>The red development banner text on a pale background.</summary>
    public static PdfStream Banner(float width, float height, string text)
    {
        using var fonts = ReportFonts.Load();
        var face = fonts[FontFace.SansBold];
        var size = Fit(face, text, height * 0.7f, width - (2 * Padding));
        var textWidth = VectorText.Measure(face, size, text);
        var content = new StringBuilder();
        content.Append(Invariant($"q 1 0.92 0.92 rg 0 0 {width:0.###} {height:0.###} re f Q\n"));
        content.Append("0.75 0 0 rg\n");
        VectorText.Append(content, face, size, text, (width - textWidth) / 2, (height * 0.5f) - (size * 0.35f));
        return Form(width, height, content.ToString());
    }

    private static float Fit(SKTypeface face, string text, float size, float width)
    {
        var measured = VectorText.Measure(face, size, text);
        return measured <= width ? size : size * width / measured;
    }

    private static PdfStream Form(float width, float height, string content)
    {
        // Glyph outlines as text are bulky (tens of KiB per widget); Flate shrinks them about fivefold.
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(content));
        }

        return new PdfStream(
            PdfDictionary.Of(
                ("Type", new PdfName("XObject")),
                ("Subtype", new PdfName("Form")),
                ("BBox", new PdfArray([new PdfNumber(0), new PdfNumber(0), PdfNumber.Real(width), PdfNumber.Real(height)])),
                ("Resources", PdfDictionary.Empty),
                ("Filter", new PdfName("FlateDecode"))),
            [.. compressed.ToArray()]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
