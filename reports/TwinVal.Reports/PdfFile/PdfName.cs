namespace TwinVal.Reports.PdfFile;

/// <summary>A name object, held decoded (without the slash and with <c>#xx</c> escapes resolved).</summary>
/// <param name="Value">The decoded name.</param>
internal sealed record PdfName(string Value) : PdfObject;
