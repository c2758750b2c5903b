using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>The cursor of a layout pass: the pages so far, the current page's items and the vertical position on it.</summary>
internal sealed class PageFlow
{
    // Positions within a hundredth of a point count as equal, so accumulated float rounding never breaks a page early.
    private const float Slack = 0.01f;
    private readonly List<List<PlacedItem>> pages = [];

    /// <summary>Starts on page 1 at the top of <paramref name="content"/>.</summary>
    public PageFlow(LayoutRect content, ITextMeasurer measurer)
    {
        Content = content;
        Measurer = measurer;
        NewPage();
    }

    /// <summary>The box content flows in.</summary>
    public LayoutRect Content { get; }

    /// <summary>How text is measured.</summary>
    public ITextMeasurer Measurer { get; }

    /// <summary>Top of the next item.</summary>
    public float Y { get; private set; }

    /// <summary>Current page number (from 1).</summary>
    public int PageNumber => pages.Count;

    /// <summary>True when nothing has been placed on the current page yet.</summary>
    public bool AtTop => Y <= Content.Y + Slack;

    /// <summary>Vertical space left on the current page.</summary>
    public float Remaining => Content.Bottom - Y;

    /// <summary>True when <paramref name="height"/> fits in what is left of the page.</summary>
    public bool Fits(float height) => height <= Remaining + Slack;

    /// <summary>Starts a new page.</summary>
    public void NewPage()
    {
        pages.Add([]);
        Y = Content.Y;
    }

    /// <summary>Breaks the page unless <paramref name="height"/> fits or the page is still empty.</summary>
    public void EnsureSpace(float height)
    {
        if (!Fits(height) && !AtTop)
        {
            NewPage();
        }
    }

    /// <summary>Moves down by <paramref name="height"/>, never past the bottom of the content box.</summary>
    public void Advance(float height) => Y = Math.Min(Y + height, Content.Bottom);

    /// <summary>Adds an item to the current page.</summary>
    public void Add(PlacedItem item) => pages[^1].Add(item);

    /// <summary>Places one line of text at the cursor's height inside [<paramref name="left"/>, <paramref name="left"/> + <paramref name="width"/>].</summary>
    public PlacedText Text(string text, TextStyle style, float left, float width, TextAlign align, float top)
    {
        var x = align switch
        {
            TextAlign.Right => left + width - Measurer.Width(text, style),
            TextAlign.Center => left + ((width - Measurer.Width(text, style)) / 2),
            _ => left,
        };
        var placed = new PlacedText(x, top, text, style);
        Add(placed);
        return placed;
    }

    /// <summary>The items of every page so far.</summary>
    public ImmutableArray<ImmutableArray<PlacedItem>> Pages() => [.. pages.Select(p => p.ToImmutableArray())];
}
