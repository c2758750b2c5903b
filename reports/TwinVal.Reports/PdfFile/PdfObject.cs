namespace TwinVal.Reports.PdfFile;

/// <summary>A PDF object (ISO 32000-1 §7.3) as read from or written to a file.</summary>
internal abstract record PdfObject;
