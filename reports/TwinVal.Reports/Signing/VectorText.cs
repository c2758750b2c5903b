using System.Globalization;
using System.Text;
using SkiaSharp;

namespace TwinVal.Reports.Signing;

/// <summary>
/// Text drawn as filled glyph outlines (SkiaSharp's <c>SKFont.GetTextPath</c> turned into PDF path operators). An
/// appearance stream then needs no font resource at all, so nothing has to be embedded or subset to keep the file
/// PDF/A-conformant (PDF/A forbids non-embedded fonts); the text stays machine-readable through the annotation's
/// <c>/Contents</c> and the field's <c>/TU</c>.
/// </summary>
internal static class VectorText
{
    /// <summary>Width of <paramref name="text"/> in points.</summary>
    public static float Measure(SKTypeface face, float size, string text)
    {
        using var font = new SKFont(face, size);
        return font.MeasureText(text);
    }

    /// <summary>Appends path operators (ending in a fill) drawing <paramref name="text"/> with its baseline at (x, y), PDF coordinates.</summary>
    public static void Append(StringBuilder content, SKTypeface face, float size, string text, float x, float y)
    {
        using var font = new SKFont(face, size);
        using var path = font.GetTextPath(text, new SKPoint(0, 0));
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        var any = false;
        SKPathVerb verb;
        // Skia's y axis points down; PDF's points up, hence y − p.Y.
        string P(SKPoint p) => string.Create(CultureInfo.InvariantCulture, $"{x + p.X:0.###} {y - p.Y:0.###}");
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    content.Append(P(points[0])).Append(" m\n");
                    any = true;
                    break;
                case SKPathVerb.Line:
                    content.Append(P(points[1])).Append(" l\n");
                    break;
                case SKPathVerb.Quad:
                    // PDF has only cubic Béziers; a quadratic is the cubic with control points at 2/3 toward the
                    // quadratic's control point (exact degree elevation).
                    var c1 = points[0] + new SKPoint((points[1].X - points[0].X) * 2 / 3, (points[1].Y - points[0].Y) * 2 / 3);
                    var c2 = points[2] + new SKPoint((points[1].X - points[2].X) * 2 / 3, (points[1].Y - points[2].Y) * 2 / 3);
                    content.Append(P(c1)).Append(' ').Append(P(c2)).Append(' ').Append(P(points[2])).Append(" c\n");
                    break;
                case SKPathVerb.Cubic:
                    content.Append(P(points[1])).Append(' ').Append(P(points[2])).Append(' ').Append(P(points[3])).Append(" c\n");
                    break;
                case SKPathVerb.Conic:
                    // TrueType outlines have no conics; approximate any with a line rather than drop the segment.
                    content.Append(P(points[2])).Append(" l\n");
                    break;
                case SKPathVerb.Close:
                    content.Append("h\n");
                    break;
            }
        }

        if (any)
        {
            // Glyph outlines use the non-zero winding rule.
            content.Append("f\n");
        }
    }
}
