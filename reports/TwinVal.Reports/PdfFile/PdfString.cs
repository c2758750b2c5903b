using System.Collections.Immutable;
using System.Text;

namespace TwinVal.Reports.PdfFile;

/// <summary>A string object: its bytes, and whether it is written in hexadecimal form.</summary>
/// <param name="Bytes">The string's bytes (escapes resolved).</param>
/// <param name="Hex">True for <c>&lt;…&gt;</c>, false for <c>(…)</c>.</param>
internal sealed record PdfString(ImmutableArray<byte> Bytes, bool Hex) : PdfObject
{
    /// <summary>A text string: PDFDocEncoding-compatible ASCII stays literal, anything else is UTF-16BE with a BOM.</summary>
    public static PdfString Text(string text)
    {
        var ascii = text.All(c => c is >= ' ' and < (char)127);
        return ascii
            ? new PdfString([.. Encoding.ASCII.GetBytes(text)], Hex: false)
            : new PdfString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], Hex: true);
    }

    /// <summary>Decodes a text string (UTF-16BE with BOM, UTF-8 with BOM, else Latin-1 as an approximation of PDFDocEncoding).</summary>
    public string DecodeText()
    {
        var span = Bytes.AsSpan();
        if (span is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        if (span is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        return Encoding.Latin1.GetString(span);
    }
}
