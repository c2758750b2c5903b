using System.Collections.Immutable;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Layout;

internal static class LayoutFixtures
{
    public static readonly FixedWidthMeasurer Measurer = new();

    // A small page keeps hand counting easy: content box 200 × 200 pt at (50, 50).
    public static PageSetup SmallPage { get; } = new(300f, 300f, 50f, "Left header", "Right header");

    public static LayoutResult Run(params LayoutBlock[] blocks) => DocumentLayout.Layout(blocks, SmallPage, Measurer);

    public static TableBlock Table(int rows) => new(
        [new TableColumn("Name"), new TableColumn("Value", 1f, TextAlign.Right)],
        [.. Enumerable.Range(1, rows).Select(i => ImmutableArray.Create<TableCell>($"row{i}", $"{i}"))]);

    public static IEnumerable<PlacedText> Texts(LaidOutPage page, string text) => page.Texts.Where(t => t.Text == text);
}
