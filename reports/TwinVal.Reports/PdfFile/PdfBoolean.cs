namespace TwinVal.Reports.PdfFile;

/// <summary>A boolean object.</summary>
/// <param name="Value">The value.</param>
internal sealed record PdfBoolean(bool Value) : PdfObject;
