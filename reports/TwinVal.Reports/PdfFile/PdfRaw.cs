namespace TwinVal.Reports.PdfFile;

/// <summary>
/// Text written verbatim. Used only for fixed-width placeholders (a signature's <c>/ByteRange</c> and
/// <c>/Contents</c>) that are patched in place after the file is laid out.
/// </summary>
/// <param name="Text">ASCII text written as is.</param>
internal sealed record PdfRaw(string Text) : PdfObject;
