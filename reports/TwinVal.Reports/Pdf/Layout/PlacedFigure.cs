namespace TwinVal.Reports.Pdf.Layout;

/// <summary>The box reserved for a figure's drawing.</summary>
/// <param name="Rect">Where.</param>
/// <param name="Content">What to draw there.</param>
internal sealed record PlacedFigure(LayoutRect Rect, IFigureContent Content) : PlacedItem;
