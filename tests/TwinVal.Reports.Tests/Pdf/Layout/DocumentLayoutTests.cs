using TwinVal.Reports.Pdf.Layout;
using static TwinVal.Reports.Tests.Pdf.Layout.LayoutFixtures;

namespace TwinVal.Reports.Tests.Pdf.Layout;

public class DocumentLayoutTests
{
    [Fact]
    public void Layout_ParagraphLongerThanPage_FlowsOntoNextPage()
    {
        // 200 pt of content holds floor(200 / 13) = 15 body lines; 20 one-word lines need a second page.
        var text = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line{i}"));

        var result = Run(new ParagraphBlock(text));

        Assert.Equal(2, result.Pages.Length);
        Assert.Single(Texts(result.Pages[0], "line15"));
        Assert.Single(Texts(result.Pages[1], "line16"));
        Assert.Equal(SmallPage.Content.Y, Texts(result.Pages[1], "line16").Single().Top);
        Assert.All(result.Pages.SelectMany(p => p.Texts).Where(t => t.Text.StartsWith("line", StringComparison.Ordinal)),
            t => Assert.True(t.Bottom <= SmallPage.Content.Bottom + 0.01f, $"{t.Text} ends at {t.Bottom}, below the content box"));
    }

    [Fact]
    public void Layout_EveryPage_HasPageXOfYFooterAndHeaders()
    {
        var result = Run(new ParagraphBlock("one"), new PageBreakBlock(), new ParagraphBlock("two"), new PageBreakBlock(), new ParagraphBlock("three"));

        Assert.Equal(3, result.Pages.Length);
        for (var i = 0; i < 3; i++)
        {
            var footer = Assert.Single(Texts(result.Pages[i], $"page {i + 1} of 3"));
            Assert.True(footer.Top > SmallPage.Content.Bottom, "footer lies below the text block");
            Assert.Single(Texts(result.Pages[i], "Left header"));
            var right = Assert.Single(Texts(result.Pages[i], "Right header"));
            Assert.Equal(SmallPage.Content.Right, right.X + Measurer.Width("Right header", right.Style), 3);
        }
    }

    [Fact]
    public void Layout_PageBreakAtTopOfPage_AddsNoEmptyPage()
    {
        var result = Run(new PageBreakBlock(), new ParagraphBlock("x"), new PageBreakBlock(), new PageBreakBlock(), new ParagraphBlock("y"));

        Assert.Equal(2, result.Pages.Length);
    }

    [Fact]
    public void Layout_Headings_AreNumberedHierarchically()
    {
        var result = Run(new HeadingBlock(1, "A"), new HeadingBlock(2, "B"), new HeadingBlock(2, "C"), new HeadingBlock(3, "D"), new HeadingBlock(1, "E"), new HeadingBlock(2, "F"));

        Assert.Equal(["1", "1.1", "1.2", "1.2.1", "2", "2.1"], result.Toc.Select(e => e.Number));
    }

    [Fact]
    public void Layout_TableOfContents_PrintsThePageEachHeadingIsOn()
    {
        var result = Run(
            new TableOfContentsBlock(), new PageBreakBlock(),
            new HeadingBlock(1, "First"), new ParagraphBlock(string.Join('\n', Enumerable.Range(1, 30).Select(i => $"p{i}"))),
            new HeadingBlock(1, "Second"));

        Assert.Equal(2, result.Passes);
        foreach (var entry in result.Toc)
        {
            var page = result.Pages.Single(p => p.Texts.Any(t => t.Text == entry.Label && t.Style.Face == FontFace.SansBold));
            Assert.Equal(page.Number, entry.Page);
            var tocLine = Assert.Single(Texts(result.Pages[0], entry.Label));
            var number = result.Pages[0].Texts.Single(t => t.Top == tocLine.Top && t != tocLine);
            Assert.Equal(entry.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), number.Text);
        }

        Assert.Equal([2, 4], result.Toc.Select(e => e.Page));
    }

    [Fact]
    public void Layout_HeadingNearPageBottom_MovesToNextPage()
    {
        // 13 lines (169 pt), the paragraph gap (6 pt) and the heading gap (8.8 pt) leave 16.2 pt: less than the heading
        // (14.3 pt) plus three body lines (39 pt).
        var filler = string.Join('\n', Enumerable.Range(1, 13).Select(i => $"f{i}"));

        var result = Run(new ParagraphBlock(filler), new HeadingBlock(3, "Kept"), new ParagraphBlock("body"));

        Assert.Equal(2, result.Pages.Length);
        Assert.Equal(2, result.Toc.Single().Page);
        Assert.Equal(SmallPage.Content.Y, result.Pages[1].Texts.Single(t => t.Text.EndsWith("Kept", StringComparison.Ordinal)).Top);
    }
}
