namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Wrapped text; lines flow onto the next page when the page is full.</summary>
/// <param name="Text">Text; newlines are hard breaks.</param>
/// <param name="Style">Style.</param>
/// <param name="Align">Horizontal alignment of each line.</param>
internal sealed record ParagraphBlock(string Text, TextStyle Style, TextAlign Align = TextAlign.Left) : LayoutBlock
{
    /// <summary>A body-text paragraph.</summary>
    public ParagraphBlock(string text)
        : this(text, TextStyle.Body)
    {
    }
}
