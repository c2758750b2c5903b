using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>One finished page: its number (from 1) and everything on it, header and footer included.</summary>
/// <param name="Number">Page number.</param>
/// <param name="Items">Placed items in drawing order.</param>
internal sealed record LaidOutPage(int Number, ImmutableArray<PlacedItem> Items)
{
    /// <summary>The page's text lines in drawing order.</summary>
    public IEnumerable<PlacedText> Texts => Items.OfType<PlacedText>();
}
