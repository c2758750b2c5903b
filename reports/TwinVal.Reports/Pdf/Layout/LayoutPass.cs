using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>
/// One pass over the blocks. The table of contents is printed from the previous pass's heading pages; since its lines
/// reserve a fixed column for page numbers, their height does not depend on the numbers, so a second pass settles them.
/// </summary>
internal sealed class LayoutPass
{
    /// <summary>Width reserved for page numbers in the table of contents.</summary>
    public const float TocNumberColumn = 36f;

    /// <summary>Indent per heading level in the table of contents.</summary>
    public const float TocIndent = 14f;

    private readonly PageFlow flow;
    private readonly ImmutableArray<TocEntry> previousToc;
    private readonly List<TocEntry> toc = [];
    private readonly int[] counters = new int[3];
    private int figures;

    private LayoutPass(PageSetup setup, ITextMeasurer measurer, ImmutableArray<TocEntry> previousToc)
    {
        flow = new PageFlow(setup.Content, measurer);
        this.previousToc = previousToc;
    }

    /// <summary>Lays out <paramref name="blocks"/>, printing the contents from <paramref name="previousToc"/>.</summary>
    public static (ImmutableArray<ImmutableArray<PlacedItem>> Pages, ImmutableArray<TocEntry> Toc) Run(
        IReadOnlyList<LayoutBlock> blocks, PageSetup setup, ITextMeasurer measurer, ImmutableArray<TocEntry> previousToc)
    {
        var pass = new LayoutPass(setup, measurer, previousToc);
        foreach (var block in blocks)
        {
            pass.Place(block);
        }

        return (pass.flow.Pages(), [.. pass.toc]);
    }

    /// <summary>Section numbers of the headings in order; they depend only on the levels, not on the layout.</summary>
    public static ImmutableArray<TocEntry> Headings(IEnumerable<LayoutBlock> blocks)
    {
        var counters = new int[3];
        return [.. blocks.OfType<HeadingBlock>().Select(h => new TocEntry(h.Level, Number(counters, h.Level), h.Text, 0))];
    }

    private static string Number(int[] counters, int level)
    {
        if (level is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "heading levels are 1 to 3");
        }

        counters[level - 1]++;
        Array.Clear(counters, level, counters.Length - level);
        return string.Join('.', counters.Take(level));
    }

    private void Place(LayoutBlock block)
    {
        switch (block)
        {
            case ParagraphBlock p: Paragraph(p.Text, p.Style, p.Align, flow.Content.X, flow.Content.Width); Gap(p.Style.Size * 0.6f); break;
            case HeadingBlock h: Heading(h); break;
            case TableBlock t: TableLayout.Place(t, flow); Gap(TextStyle.Body.Size); break;
            case FigureBlock f: Figure(f); break;
            case TableOfContentsBlock: Contents(); break;
            case PageBreakBlock: if (!flow.AtTop) { flow.NewPage(); } break;
            default: throw new ArgumentException($"unknown layout block {block.GetType().Name}", nameof(block));
        }
    }

    // Space between blocks is dropped at the top of a page, where it would only push content down.
    private void Gap(float height)
    {
        if (!flow.AtTop)
        {
            flow.Advance(height);
        }
    }

    private void Paragraph(string text, TextStyle style, TextAlign align, float left, float width)
    {
        foreach (var line in TextWrapper.Wrap(text, width, style, flow.Measurer))
        {
            flow.EnsureSpace(style.LineHeight);
            flow.Text(line, style, left, width, align, flow.Y);
            flow.Advance(style.LineHeight);
        }
    }

    private void Heading(HeadingBlock heading)
    {
        var style = TextStyle.Heading(heading.Level);
        var number = Number(counters, heading.Level);
        var label = $"{number} {heading.Text}";
        var lines = TextWrapper.Wrap(label, flow.Content.Width, style, flow.Measurer).Length;
        Gap(style.Size * 0.8f);

        // Keep with next: a heading needs room for itself and three body lines, or it moves to the next page.
        flow.EnsureSpace((lines * style.LineHeight) + (3 * TextStyle.Body.LineHeight));
        toc.Add(new TocEntry(heading.Level, number, heading.Text, flow.PageNumber));
        Paragraph(label, style, TextAlign.Left, flow.Content.X, flow.Content.Width);
        flow.Advance(style.Size * 0.4f);
    }

    private void Figure(FigureBlock figure)
    {
        figures++;
        var caption = $"Figure {figures}. {figure.Caption}";
        var captionLines = TextWrapper.Wrap(caption, flow.Content.Width, TextStyle.Small, flow.Measurer).Length;
        flow.EnsureSpace(figure.Height + 4f + (captionLines * TextStyle.Small.LineHeight));
        flow.Add(new PlacedFigure(new LayoutRect(flow.Content.X, flow.Y, flow.Content.Width, figure.Height), figure.Content));
        flow.Advance(figure.Height + 4f);
        Paragraph(caption, TextStyle.Small, TextAlign.Left, flow.Content.X, flow.Content.Width);
        Gap(TextStyle.Body.Size);
    }

    private void Contents()
    {
        var style = TextStyle.Body;
        foreach (var entry in previousToc)
        {
            var indent = (entry.Level - 1) * TocIndent;
            var width = flow.Content.Width - indent - TocNumberColumn;
            var lines = TextWrapper.Wrap(entry.Label, width, style, flow.Measurer);
            flow.EnsureSpace(lines.Length * style.LineHeight);
            var top = flow.Y;
            Paragraph(entry.Label, style, TextAlign.Left, flow.Content.X + indent, width);
            var page = entry.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            flow.Text(page, style, flow.Content.Right - TocNumberColumn, TocNumberColumn, TextAlign.Right, top);
        }

        Gap(style.Size);
    }
}
