using SkiaSharp;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Vector content of a figure, drawn by the renderer into the box layout reserved for it.</summary>
internal interface IFigureContent
{
    /// <summary>Draws into <paramref name="bounds"/> on <paramref name="canvas"/> (page coordinates, points).</summary>
    void Draw(SKCanvas canvas, LayoutRect bounds);
}
