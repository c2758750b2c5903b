namespace TwinVal.Reports.PdfFile;

/// <summary>An indirect reference <c>n g R</c>.</summary>
/// <param name="Number">Object number.</param>
/// <param name="Generation">Generation number.</param>
internal sealed record PdfReference(int Number, int Generation) : PdfObject;
