using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Reads one cross-reference section with its trailer (ISO 32000-2 §7.5.4–7.5.5) and finds where its revision ends:
/// just after the <c>%%EOF</c> line that follows the trailer's <c>startxref</c>.
/// </summary>
internal static class XrefReader
{
    // A section with more entries than this is not a real document's; the cap bounds memory for crafted counts.
    private const long MaxEntries = 10_000_000;

    public static (ImmutableDictionary<int, XrefEntry> Entries, PdfDict Trailer, long End) Read(PdfParser parser, long offset)
    {
        if (offset < 0 || offset >= parser.Length)
        {
            throw PdfFormatException.At(offset, "startxref", $"offset {offset} outside the file of {parser.Length} bytes", "the offset of a cross-reference section inside the file");
        }

        var pos = parser.SkipWhite((int)offset);
        var keyword = parser.Token(pos, out var end);
        if (keyword != "xref")
        {
            var found = int.TryParse(keyword, out _) ? "an object (a cross-reference stream, PDF 1.5)" : $"'{keyword}'";
            throw PdfFormatException.At(offset, "cross-reference section", found, "a classic 'xref' table (this verifier does not read cross-reference streams)");
        }

        pos = end;
        var entries = ImmutableDictionary.CreateBuilder<int, XrefEntry>();
        while (true)
        {
            pos = parser.SkipWhite(pos);
            if (parser.Token(pos, out end) == "trailer")
            {
                pos = end;
                break;
            }

            var first = parser.ReadInteger(ref pos, "xref subsection start");
            var count = parser.ReadInteger(ref pos, "xref subsection count");
            if (first + count > int.MaxValue || entries.Count + count > MaxEntries)
            {
                throw PdfFormatException.At(pos, "xref subsection", $"{count} entries from {first}", $"at most {MaxEntries} objects");
            }

            for (var i = 0; i < count; i++)
            {
                var entryStart = pos;
                var objectOffset = parser.ReadInteger(ref pos, "xref entry offset");
                var generation = parser.ReadInteger(ref pos, "xref entry generation");
                pos = parser.SkipWhite(pos);
                var type = parser.Token(pos, out end);
                if (type is not ("n" or "f"))
                {
                    throw PdfFormatException.At(entryStart, "xref entry", $"type '{type}'", "'n' (in use) or 'f' (free)");
                }

                pos = end;
                var number = (int)(first + i);
                if (number == 0 && type == "f")
                {
                    continue; // the head of the free list, no object
                }

                entries[number] = new XrefEntry(objectOffset, (int)Math.Min(generation, int.MaxValue), type == "n");
            }
        }

        if (parser.ReadValue(ref pos) is not PdfDict trailer)
        {
            throw PdfFormatException.At(pos, "trailer", "a value that is not a dictionary", "'trailer << … >>'");
        }

        return (entries.ToImmutable(), trailer, RevisionEnd(parser, pos));
    }

    // After the trailer: "startxref", the offset, then "%%EOF" and its end-of-line. Comments are not skipped here, as
    // %%EOF is itself one.
    private static long RevisionEnd(PdfParser parser, int pos)
    {
        pos = parser.Expect(pos, "startxref", "trailer end");
        parser.ReadInteger(ref pos, "startxref");
        var span = parser.Data.Span;
        while (pos < span.Length && PdfParser.IsWhite(span[pos]))
        {
            pos++;
        }

        if (!span[pos..].StartsWith("%%EOF"u8))
        {
            throw PdfFormatException.At(pos, "end of revision", pos >= span.Length ? "end of file" : "other bytes", "'%%EOF' after the startxref offset");
        }

        pos += 5;
        if (pos < span.Length && span[pos] == '\r')
        {
            pos++;
        }

        if (pos < span.Length && span[pos] == '\n')
        {
            pos++;
        }

        return pos;
    }
}
