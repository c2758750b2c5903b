namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A figure of fixed height spanning the text width, numbered and captioned below; kept on one page.</summary>
/// <param name="Height">Height of the drawing in points.</param>
/// <param name="Content">What to draw.</param>
/// <param name="Caption">Caption text without the "Figure n." prefix.</param>
internal sealed record FigureBlock(float Height, IFigureContent Content, string Caption) : LayoutBlock;
