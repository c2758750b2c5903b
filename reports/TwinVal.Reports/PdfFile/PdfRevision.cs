using System.Collections.Immutable;
using System.Globalization;

namespace TwinVal.Reports.PdfFile;

/// <summary>
/// The latest revision of a PDF with classic cross-reference tables (what SkiaSharp writes, plus any incremental
/// updates appended by <see cref="PdfIncrementalUpdate"/>): the merged object offsets, the trailer and object access.
/// Cross-reference streams (PDF 1.5 compressed files) are refused with a clear error rather than guessed at.
/// </summary>
internal sealed class PdfRevision
{
    private readonly ReadOnlyMemory<byte> data;
    private readonly ImmutableDictionary<int, (long Offset, int Generation)> offsets;

    private PdfRevision(ReadOnlyMemory<byte> data, ImmutableDictionary<int, (long, int)> offsets, PdfDictionary trailer, long startXref)
    {
        this.data = data;
        this.offsets = offsets;
        Trailer = trailer;
        StartXref = startXref;
    }

    /// <summary>The latest trailer.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Offset of the latest cross-reference section (the next update's <c>/Prev</c>).</summary>
    public long StartXref { get; }

    /// <summary>The file length this revision ends at.</summary>
    public int Length => data.Length;

    /// <summary>The trailer's <c>/Size</c>: one more than the highest object number.</summary>
    public int Size => (int)((Trailer["Size"] as PdfNumber)?.AsInteger() ?? throw new PdfFormatException("trailer without /Size"));

    /// <summary>The catalog reference (<c>/Root</c>).</summary>
    public PdfReference Root => Trailer["Root"] as PdfReference ?? throw new PdfFormatException("trailer without /Root reference");

    /// <summary>Object numbers in use.</summary>
    public IEnumerable<int> ObjectNumbers => offsets.Keys.Order();

    /// <summary>Reads the revision of <paramref name="pdf"/>; throws <see cref="PdfFormatException"/> naming the problem.</summary>
    public static PdfRevision Read(ReadOnlyMemory<byte> pdf)
    {
        var span = pdf.Span;
        if (!span.StartsWith("%PDF-"u8))
        {
            throw new PdfFormatException("not a PDF: the file does not start with '%PDF-'");
        }

        var tail = span[Math.Max(0, span.Length - 1024)..];
        var trimmed = tail.TrimEnd("\r\n \t\0"u8);
        if (!trimmed.EndsWith("%%EOF"u8))
        {
            throw new PdfFormatException($"truncated PDF: the file ({span.Length} bytes) does not end with '%%EOF'");
        }

        var marker = tail.LastIndexOf("startxref"u8);
        if (marker < 0)
        {
            throw new PdfFormatException("truncated or damaged PDF: no 'startxref' near the end of the file");
        }

        var parser = new PdfParser(pdf) { Position = span.Length - tail.Length + marker + "startxref".Length };
        var startXref = ParseOffset(parser.ReadToken(), span.Length, "startxref");
        var entries = new Dictionary<int, (long, int)>();
        PdfDictionary? latest = null;
        var seen = new HashSet<long>();
        for (long? at = startXref; at is { } offset;)
        {
            if (!seen.Add(offset))
            {
                throw new PdfFormatException($"byte {offset}: cross-reference sections form a loop via /Prev");
            }

            var trailer = ReadSection(parser, offset, span.Length, entries);
            latest ??= trailer;
            at = trailer["Prev"] is PdfNumber prev ? ParseOffset(prev.Text, span.Length, "/Prev") : null;
        }

        return new PdfRevision(pdf, entries.ToImmutableDictionary(), latest!, startXref);
    }

    private static PdfDictionary ReadSection(PdfParser parser, long offset, int length, Dictionary<int, (long, int)> entries)
    {
        parser.Position = (int)offset;
        var keyword = parser.ReadToken();
        if (keyword != "xref")
        {
            throw new PdfFormatException(
                $"unsupported PDF structure: byte {offset} holds '{keyword}…' where a classic cross-reference table ('xref') was expected " +
                "(cross-reference streams or files from other producers are not updated)");
        }

        while (true)
        {
            var save = parser.Position;
            var first = parser.ReadToken();
            if (first == "trailer")
            {
                break;
            }

            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
                !int.TryParse(parser.ReadToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new PdfFormatException($"byte {save}: expected a cross-reference subsection header or 'trailer', found '{first}'");
            }

            for (var i = 0; i < count; i++)
            {
                var at = parser.Position;
                var entryOffset = parser.ReadToken();
                var generation = parser.ReadToken();
                var kind = parser.ReadToken();
                if (entryOffset.Length != 10 || generation.Length != 5 || kind is not ("n" or "f"))
                {
                    throw new PdfFormatException($"byte {at}: malformed cross-reference entry for object {start + i} (truncated or damaged file)");
                }

                // Later sections were read first: an object already present was updated after this section.
                if (kind == "n" && !entries.ContainsKey(start + i))
                {
                    entries[start + i] = (ParseOffset(entryOffset, length, $"object {start + i}"), int.Parse(generation, CultureInfo.InvariantCulture));
                }
            }
        }

        if (parser.ReadObject() is not PdfDictionary trailer)
        {
            throw new PdfFormatException($"byte {parser.Position}: 'trailer' is not followed by a dictionary");
        }

        if (trailer["XRefStm"] is not null)
        {
            throw new PdfFormatException("unsupported PDF structure: hybrid file with /XRefStm (cross-reference streams are not updated)");
        }

        return trailer;
    }

    private static long ParseOffset(string text, int length, string what)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset >= length)
        {
            throw new PdfFormatException($"damaged or truncated PDF: {what} offset '{text}' is not inside the file ({length} bytes)");
        }

        return offset;
    }

    /// <summary>Reads indirect object <paramref name="reference"/> (a <see cref="PdfStream"/> for streams).</summary>
    public PdfObject Get(PdfReference reference)
    {
        if (!offsets.TryGetValue(reference.Number, out var entry))
        {
            throw new PdfFormatException($"object {reference.Number} {reference.Generation} is not in the cross-reference table");
        }

        var parser = new PdfParser(data) { Position = (int)entry.Offset };
        return parser.ReadIndirectObject(reference with { Generation = entry.Generation }, Get);
    }

    /// <summary>Follows <paramref name="value"/> when it is a reference.</summary>
    public PdfObject? Resolve(PdfObject? value) => value is PdfReference r ? Get(r) : value;

    /// <summary>Reads a dictionary object (or a stream's dictionary), failing with the object number otherwise.</summary>
    public PdfDictionary GetDictionary(PdfReference reference) => Get(reference) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        var other => throw new PdfFormatException($"object {reference.Number}: expected a dictionary, found {other.GetType().Name}"),
    };

    /// <summary>The catalog dictionary.</summary>
    public PdfDictionary Catalog => GetDictionary(Root);

    /// <summary>The leaf pages in document order (walking the page tree).</summary>
    public ImmutableArray<PdfReference> Pages()
    {
        var result = ImmutableArray.CreateBuilder<PdfReference>();
        var pagesRef = Catalog["Pages"] as PdfReference ?? throw new PdfFormatException("catalog without a /Pages reference");
        Walk(pagesRef, depth: 0);
        return result.ToImmutable();

        void Walk(PdfReference node, int depth)
        {
            // A page tree deeper than 64 levels can only come from a reference loop.
            if (depth > 64)
            {
                throw new PdfFormatException($"object {node.Number}: page tree deeper than 64 levels (reference loop)");
            }

            var dict = GetDictionary(node);
            if (dict.NameOf("Type") == "Page")
            {
                result.Add(node);
                return;
            }

            foreach (var kid in (Resolve(dict["Kids"]) as PdfArray)?.Items ?? [])
            {
                Walk(kid as PdfReference ?? throw new PdfFormatException($"object {node.Number}: /Kids entry is not a reference"), depth + 1);
            }
        }
    }
}
