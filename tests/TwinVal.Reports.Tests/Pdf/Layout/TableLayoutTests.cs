using System.Collections.Immutable;
using TwinVal.Reports.Pdf.Layout;
using static TwinVal.Reports.Tests.Pdf.Layout.LayoutFixtures;

namespace TwinVal.Reports.Tests.Pdf.Layout;

public class TableLayoutTests
{

    [Fact]
    public void Place_TableLongerThanPage_RepeatsHeaderAtTopOfEveryPage()
    {
        var result = Run(Table(30));

        // 200 pt hold 11 rows of 17.05 pt: the header and 10 body rows per page, so 30 rows take 3 pages.
        Assert.Equal(3, result.Pages.Length);
        foreach (var page in result.Pages)
        {
            var header = Assert.Single(Texts(page, "Name"));
            Assert.Equal(SmallPage.Content.Y + TableBlock.Padding, header.Top, 3);
            Assert.Single(Texts(page, "Value"));
        }

        Assert.Equal(["row1", "row10"], [Texts(result.Pages[0], "row1").Single().Text, Texts(result.Pages[0], "row10").Single().Text]);
        Assert.Single(Texts(result.Pages[1], "row11"));
        Assert.Single(Texts(result.Pages[2], "row30"));
    }

    [Fact]
    public void Place_EveryRow_AppearsExactlyOnceAndInsideTheContentBox()
    {
        var result = Run(Table(45));

        for (var i = 1; i <= 45; i++)
        {
            var placed = Assert.Single(result.Pages.SelectMany(p => Texts(p, $"row{i}")));
            Assert.True(placed.Bottom <= SmallPage.Content.Bottom, $"row{i} ends at {placed.Bottom}");
        }
    }

    [Fact]
    public void Place_RightAlignedColumn_EndsAtCellPadding()
    {
        var result = Run(Table(1));
        var widths = TableLayout.ColumnWidths(Table(1), SmallPage.Content.Width);

        var value = Texts(result.Pages[0], "1").Single();

        Assert.Equal(SmallPage.Content.X + widths[0] + widths[1] - TableBlock.Padding, value.X + Measurer.Width("1", value.Style), 3);
    }

    [Fact]
    public void Place_RowTallerThanPage_IsSplitBetweenLinesWithHeaderRepeated()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 25).Select(i => $"l{i}"));
        var table = new TableBlock([new TableColumn("Only")], [ImmutableArray.Create<TableCell>(tall)]);

        var result = Run(table);

        Assert.Equal(2, result.Pages.Length);
        Assert.All(result.Pages, p => Assert.Single(Texts(p, "Only")));
        Assert.Equal(25, result.Pages.Sum(p => p.Texts.Count(t => t.Text.StartsWith('l'))));
        Assert.All(result.Pages.SelectMany(p => p.Texts), t => Assert.True(t.Bottom <= SmallPage.Height, $"{t.Text} below the page"));
    }

    [Fact]
    public void Place_HeaderWouldBeAloneAtPageBottom_MovesWithFirstRow()
    {
        // 14 body lines use 182 pt (plus a 6 pt gap), leaving 12 pt: less than header and first row (34.1 pt).
        var filler = string.Join('\n', Enumerable.Range(1, 14).Select(i => $"f{i}"));

        var result = Run(new ParagraphBlock(filler), Table(1));

        Assert.Empty(Texts(result.Pages[0], "Name"));
        Assert.Single(Texts(result.Pages[1], "Name"));
    }
}
