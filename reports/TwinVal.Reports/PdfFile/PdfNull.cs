namespace TwinVal.Reports.PdfFile;

/// <summary>The null object.</summary>
internal sealed record PdfNull : PdfObject
{
    /// <summary>The single instance.</summary>
    public static PdfNull Instance { get; } = new();
}
