using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>
/// Greedy word wrapping measured with the real font: each line takes as many words as fit; a word wider than the whole
/// line (a SHA-256, a long path) is broken between characters rather than left to overflow into the margin. Newlines
/// are hard breaks.
/// </summary>
internal static class TextWrapper
{
    /// <summary>The lines of <paramref name="text"/> in a box <paramref name="width"/> points wide; at least one line.</summary>
    public static ImmutableArray<string> Wrap(string text, float width, TextStyle style, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measurer);
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(paragraph, width, style, measurer, lines);
        }

        return lines.ToImmutable();
    }

    private static void WrapParagraph(string paragraph, float width, TextStyle style, ITextMeasurer measurer, ImmutableArray<string>.Builder lines)
    {
        var current = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (measurer.Width(candidate, style) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (current.Length > 1 && measurer.Width(current, style) > width)
            {
                var fit = LongestFittingPrefix(current, width, style, measurer);
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }

        lines.Add(current);
    }

    // Binary search: widths grow with prefix length, so the longest fitting prefix is found in log n measurements.
    // At least one character is taken so that a box narrower than one glyph still makes progress.
    private static int LongestFittingPrefix(string word, float width, TextStyle style, ITextMeasurer measurer)
    {
        var (lo, hi) = (1, word.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (measurer.Width(word[..mid], style) <= width)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
