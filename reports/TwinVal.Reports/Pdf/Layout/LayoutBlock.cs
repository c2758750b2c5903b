namespace TwinVal.Reports.Pdf.Layout;

/// <summary>One element of a document's flow: paragraph, heading, table, figure, table of contents or page break.</summary>
internal abstract record LayoutBlock;
