using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>
/// Text of a PDF read back with PdfPig as lines: horizontal letters grouped by baseline (top to bottom), ordered by x,
/// with a space where two drawn runs are more than a point apart (table cells, a TOC title and its page number).
/// Kerning gaps inside a run are far below a point, so words are not torn apart.
/// </summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Lines)];
    }

    public static string All(byte[] pdf) => string.Join('\n', Pages(pdf));

    private static string Lines(Page page) => string.Join('\n', page.Letters
        .Where(l => l.TextOrientation == TextOrientation.Horizontal)
        .GroupBy(l => Math.Round(l.StartBaseLine.Y * 2) / 2)
        .OrderByDescending(g => g.Key)
        .Select(g => Line([.. g.OrderBy(l => l.StartBaseLine.X)])));

    private static string Line(IReadOnlyList<Letter> letters)
    {
        var line = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > 1.0 && line[^1] != ' ' && letters[i].Value != " ")
            {
                line.Append(' ');
            }

            line.Append(letters[i].Value);
        }

        return line.ToString();
    }
}
