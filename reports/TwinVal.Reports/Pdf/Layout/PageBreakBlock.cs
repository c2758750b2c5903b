namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Starts a new page (no effect at the top of an empty page).</summary>
internal sealed record PageBreakBlock : LayoutBlock;
