namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Page size, margins and the running header text.</summary>
/// <param name="Width">Page width in points.</param>
/// <param name="Height">Page height in points.</param>
/// <param name="Margin">Margin on every side in points (header and footer sit inside the margin band).</param>
/// <param name="HeaderLeft">Running header, left (for example the report title).</param>
/// <param name="HeaderRight">Running header, right (for example the run id).</param>
internal sealed record PageSetup(float Width, float Height, float Margin, string HeaderLeft, string HeaderRight)
{
    /// <summary>ISO A4 (210 × 297 mm = 595.28 × 841.89 pt) with 20 mm (56.69 pt) margins.</summary>
    public static PageSetup A4(string headerLeft, string headerRight) => new(595.28f, 841.89f, 56.69f, headerLeft, headerRight);

    /// <summary>The box body content flows in.</summary>
    public LayoutRect Content => new(Margin, Margin, Width - (2 * Margin), Height - (2 * Margin));
}
