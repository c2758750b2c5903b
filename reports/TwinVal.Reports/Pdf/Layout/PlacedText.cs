namespace TwinVal.Reports.Pdf.Layout;

/// <summary>One line of text whose line box starts at (<paramref name="X"/>, <paramref name="Top"/>).</summary>
/// <param name="X">Left end of the text (alignment is already applied).</param>
/// <param name="Top">Top of the line box; the baseline is <see cref="TextStyle.BaselineOffset"/> below.</param>
/// <param name="Text">Text.</param>
/// <param name="Style">Style.</param>
internal sealed record PlacedText(float X, float Top, string Text, TextStyle Style) : PlacedItem
{
    /// <summary>Baseline position.</summary>
    public float Baseline => Top + Style.BaselineOffset;

    /// <summary>Bottom of the line box.</summary>
    public float Bottom => Top + Style.LineHeight;
}
