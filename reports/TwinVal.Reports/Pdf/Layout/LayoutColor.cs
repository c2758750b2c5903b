namespace TwinVal.Reports.Pdf.Layout;

/// <summary>An opaque RGB colour, kept free of the drawing library so layout stays testable without it.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
internal readonly record struct LayoutColor(byte R, byte G, byte B)
{
    /// <summary>Body text.</summary>
    public static LayoutColor Black { get; } = new(0, 0, 0);

    /// <summary>Secondary text (headers, footers, captions).</summary>
    public static LayoutColor Grey { get; } = new(90, 90, 90);

    /// <summary>Table header background and rules.</summary>
    public static LayoutColor LightGrey { get; } = new(225, 225, 225);

    /// <summary>Pass cells (a pale green that keeps black text readable in print).</summary>
    public static LayoutColor PassFill { get; } = new(212, 237, 218);

    /// <summary>Fail cells.</summary>
    public static LayoutColor FailFill { get; } = new(248, 215, 218);

    /// <summary>Error cells.</summary>
    public static LayoutColor ErrorFill { get; } = new(255, 236, 181);
}
