namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A numbered heading (1, 1.1, 1.1.1 …) listed in the table of contents; never left alone at a page bottom.</summary>
/// <param name="Level">1 to 3.</param>
/// <param name="Text">Heading text without its number.</param>
internal sealed record HeadingBlock(int Level, string Text) : LayoutBlock;
