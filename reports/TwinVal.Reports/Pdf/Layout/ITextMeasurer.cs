namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Measures text the way the renderer will draw it, so that line breaks computed by layout are the drawn ones.</summary>
internal interface ITextMeasurer
{
    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    float Width(string text, TextStyle style);
}
