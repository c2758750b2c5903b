namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Horizontal alignment of text inside its box.</summary>
internal enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Flush right (numbers in tables, page numbers).</summary>
    Right,

    /// <summary>Centred.</summary>
    Center,
}
