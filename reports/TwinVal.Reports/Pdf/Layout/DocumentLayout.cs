using System.Collections.Immutable;
using System.Globalization;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>
/// Lays out a flow of blocks onto pages: repeated passes until the table of contents' page numbers are those of the
/// headings, then the running header and the "page X of Y" footer on every page (Y is known only at the end).
/// </summary>
internal static class DocumentLayout
{
    // Two passes always suffice (see LayoutPass); the bound only turns an impossible oscillation into an error.
    private const int MaxPasses = 4;

    /// <summary>Lays out <paramref name="blocks"/> on pages of <paramref name="setup"/>.</summary>
    public static LayoutResult Layout(IReadOnlyList<LayoutBlock> blocks, PageSetup setup, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(setup);
        var toc = LayoutPass.Headings(blocks);
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            var (pages, found) = LayoutPass.Run(blocks, setup, measurer, toc);
            if (found.SequenceEqual(toc))
            {
                return new LayoutResult(Furnish(pages, setup, measurer), found, pass);
            }

            toc = found;
        }

        throw new InvalidOperationException($"table of contents page numbers did not settle after {MaxPasses} layout passes");
    }

    /// <summary>The footer text of page <paramref name="page"/> of <paramref name="count"/>.</summary>
    public static string Footer(int page, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"page {page} of {count}");

    private static ImmutableArray<LaidOutPage> Furnish(ImmutableArray<ImmutableArray<PlacedItem>> pages, PageSetup setup, ITextMeasurer measurer)
    {
        var style = TextStyle.Small;
        var content = setup.Content;

        // Header and footer sit in the margin band, 18 pt clear of the text block: visibly apart, well inside the page.
        var headerTop = content.Y - 18f - style.LineHeight;
        var footerTop = content.Bottom + 18f;
        return [.. pages.Select((items, i) =>
        {
            var footer = Footer(i + 1, pages.Length);
            ImmutableArray<PlacedItem> furniture =
            [
                new PlacedText(content.X, headerTop, setup.HeaderLeft, style),
                new PlacedText(content.Right - measurer.Width(setup.HeaderRight, style), headerTop, setup.HeaderRight, style),
                new PlacedRect(new LayoutRect(content.X, headerTop + style.LineHeight + 2f, content.Width, 0.5f), LayoutColor.LightGrey, null),
                new PlacedText(content.Right - measurer.Width(footer, style), footerTop, footer, style),
            ];
            return new LaidOutPage(i + 1, items.AddRange(furniture));
        })];
    }
}
