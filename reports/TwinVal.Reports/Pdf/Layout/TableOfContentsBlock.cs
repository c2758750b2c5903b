namespace TwinVal.Reports.Pdf.Layout;

/// <summary>Where the table of contents goes: one line per heading with its number and page, resolved in a second pass.</summary>
internal sealed record TableOfContentsBlock : LayoutBlock;
