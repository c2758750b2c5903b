using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>The laid-out document: its pages and the table of contents as printed.</summary>
/// <param name="Pages">Pages in order.</param>
/// <param name="Toc">Every heading with its number and page.</param>
/// <param name="Passes">Layout passes needed until every table-of-contents page number was stable.</param>
internal sealed record LayoutResult(ImmutableArray<LaidOutPage> Pages, ImmutableArray<TocEntry> Toc, int Passes);
