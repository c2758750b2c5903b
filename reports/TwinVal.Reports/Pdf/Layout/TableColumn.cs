namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A table column: header text, share of the table width, and alignment of its cells.</summary>
/// <param name="Header">Header text (repeated at the top of every page the table spans).</param>
/// <param name="Weight">Relative width; columns share the text width in proportion to their weights.</param>
/// <param name="Align">Cell alignment.</param>
internal sealed record TableColumn(string Header, float Weight = 1f, TextAlign Align = TextAlign.Left);
