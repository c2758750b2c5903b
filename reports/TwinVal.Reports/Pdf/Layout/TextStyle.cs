namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Face, size (points) and colour of a run of text.</summary>
/// <param name="Face">Font face.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour.</param>
internal sealed record TextStyle(FontFace Face, float Size, LayoutColor Color)
{
    /// <summary>Body text: 10 pt reads comfortably on A4 with 20 mm margins (about 90 characters per line).</summary>
    public static TextStyle Body { get; } = new(FontFace.Sans, 10f, LayoutColor.Black);

    /// <summary>Table cells: 8.5 pt fits eight metric columns across the text width.</summary>
    public static TextStyle Table { get; } = new(FontFace.Sans, 8.5f, LayoutColor.Black);

    /// <summary>Table headers.</summary>
    public static TextStyle TableHeader { get; } = new(FontFace.SansBold, 8.5f, LayoutColor.Black);

    /// <summary>Monospaced text (hashes, paths, formulas).</summary>
    public static TextStyle Mono { get; } = new(FontFace.Mono, 8.5f, LayoutColor.Black);

    /// <summary>Captions, page headers and footers.</summary>
    public static TextStyle Small { get; } = new(FontFace.Sans, 8f, LayoutColor.Grey);

    /// <summary>
    /// Distance between baselines: 1.3 × size leaves about 0.14 em between DejaVu's ascender (0.93 em) and descender
    /// (0.24 em) of consecutive lines, the usual book leading of 120–130 %.
    /// </summary>
    public float LineHeight => Size * 1.3f;

    /// <summary>
    /// Offset of the baseline below the top of the line box: half the extra leading (0.07 em) plus DejaVu's ascender
    /// (0.93 em) is one em.
    /// </summary>
    public float BaselineOffset => Size;

    /// <summary>The heading style for a level (1 = chapter).</summary>
    public static TextStyle Heading(int level) => level switch
    {
        1 => new(FontFace.SansBold, 16f, LayoutColor.Black),
        2 => new(FontFace.SansBold, 13f, LayoutColor.Black),
        _ => new(FontFace.SansBold, 11f, LayoutColor.Black),
    };
}
