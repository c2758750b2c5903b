namespace TwinVal.Reports.Pdf.Layout;

/// <summary>One table cell: text (wrapped to the column) and an optional background.</summary>
/// <param name="Text">Text.</param>
/// <param name="Fill">Background, or null for none.</param>
/// <param name="Face">Font face, or null for the table's.</param>
internal sealed record TableCell(string Text, LayoutColor? Fill = null, FontFace? Face = null)
{
    /// <summary>A plain cell.</summary>
    public static implicit operator TableCell(string text) => new(text);
}
