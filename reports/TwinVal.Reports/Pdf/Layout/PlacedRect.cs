namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A filled and/or outlined rectangle (table cell backgrounds and rules).</summary>
/// <param name="Rect">Where.</param>
/// <param name="Fill">Fill, or null.</param>
/// <param name="Stroke">Outline (0.5 pt), or null.</param>
internal sealed record PlacedRect(LayoutRect Rect, LayoutColor? Fill, LayoutColor? Stroke) : PlacedItem;
