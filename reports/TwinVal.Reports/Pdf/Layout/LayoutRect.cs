namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A rectangle on a page in PDF points, origin top left, y growing downwards (the canvas convention).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
internal readonly record struct LayoutRect(float X, float Y, float Width, float Height)
{
    /// <summary>Right edge.</summary>
    public float Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public float Bottom => Y + Height;
}
