using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>Unsigned incremental updates a forger might append: new page content, a catalog without attachments.</summary>
internal static partial class IncrementalUpdate
{
    /// <summary>Redefines object 4 (the page content of <see cref="TestPdf"/>) in a new, unsigned revision.</summary>
    public static byte[] ReplacePageContent(byte[] pdf, string content) =>
        Append(pdf, 4, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream");

    /// <summary>Redefines object 1 (the catalog of <see cref="TestPdf"/>) without /Names and /AF: the attachment is gone.</summary>
    public static byte[] RemoveAttachments(byte[] pdf) => Append(pdf, 1, "<< /Type /Catalog /Pages 2 0 R >>");

    private static byte[] Append(byte[] pdf, int number, string body)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var prev = StartXref().Matches(text)[^1].Groups[1].Value;
        var size = Size().Matches(text)[^1].Groups[1].Value;
        var update = new StringBuilder(text);
        var offset = pdf.Length;
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        var xref = Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n{number} 1\n{offset:D10} 00000 n \ntrailer\n<< /Size {size} /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(update.ToString());
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();
}
