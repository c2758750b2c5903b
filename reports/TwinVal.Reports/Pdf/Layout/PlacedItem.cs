namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Something layout has put at a fixed position on a page; the renderer only draws these.</summary>
internal abstract record PlacedItem;
