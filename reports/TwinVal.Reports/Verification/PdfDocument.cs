using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace TwinVal.Reports.Verification;

/// <summary>
/// The revision structure of a PDF file (ISO 32000-2 §7.5.4–7.5.6): the cross-reference chain followed back from the
/// last <c>startxref</c>, each revision's object table, and objects read by reference. Reads only what verification
/// needs and trusts nothing: offsets are bounds-checked, loops in the chain are detected.
/// </summary>
internal sealed class PdfDocument
{
    // Far more revisions than any signing workflow makes; the cap stops a crafted /Prev chain from running long.
    private const int MaxRevisions = 4096;

    // Evidence files are kilobytes to megabytes; the cap stops a crafted stream (a "zip bomb") from exhausting memory.
    private const long MaxDecodedBytes = 256L * 1024 * 1024;

    private readonly Dictionary<long, PdfIndirect> cache = [];

    private PdfDocument(ReadOnlyMemory<byte> data, ImmutableArray<PdfRevision> revisions)
    {
        Parser = new PdfParser(data);
        Revisions = revisions;
    }

    public PdfParser Parser { get; }

    public ReadOnlyMemory<byte> Data => Parser.Data;

    /// <summary>Revisions, oldest first; numbered from 1.</summary>
    public ImmutableArray<PdfRevision> Revisions { get; }

    public PdfRevision Last => Revisions[^1];

    /// <summary>Reads the revision structure, or throws <see cref="PdfFormatException"/> naming the first thing that is wrong.</summary>
    public static PdfDocument Open(ReadOnlyMemory<byte> data)
    {
        var parser = new PdfParser(data);
        var span = data.Span;
        var header = span.IndexOf("%PDF-"u8);
        if (header < 0 || header > 1024)
        {
            var found = span.Length == 0 ? "an empty file" : $"'{Printable(span[..Math.Min(8, span.Length)])}'";
            throw new PdfFormatException(new VerificationProblem(0, null, "header", found, "'%PDF-' within the first 1024 bytes", "the file is not a PDF"));
        }

        var eof = span.LastIndexOf("%%EOF"u8);
        if (eof < 0)
        {
            throw new PdfFormatException(new VerificationProblem(span.Length, null, "%%EOF", "no end-of-file marker", "'%%EOF' at the end of the file", "the file is truncated or not a complete PDF"));
        }

        var startxref = span[..eof].LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            throw new PdfFormatException(new VerificationProblem(eof, null, "startxref", "no 'startxref' before the last %%EOF", "'startxref' and the offset of the last cross-reference section", "the file is truncated or damaged"));
        }

        var pos = startxref + "startxref".Length;
        var xref = parser.ReadInteger(ref pos, "startxref");
        var sections = new List<(long Offset, long End, PdfDict Trailer, ImmutableDictionary<int, XrefEntry> Entries)>();
        var seen = new HashSet<long>();
        long? next = xref;
        while (next is { } offset)
        {
            if (!seen.Add(offset) || sections.Count >= MaxRevisions)
            {
                throw PdfFormatException.At(offset, "/Prev", "a cross-reference chain that loops or exceeds 4096 sections", "each /Prev pointing to an earlier, distinct section");
            }

            var (entries, trailer, end) = XrefReader.Read(parser, offset);
            sections.Add((offset, end, trailer, entries));
            next = trailer["Prev"] switch
            {
                null => null,
                PdfNumber { IsInteger: true, Value: >= 0 } p => p.AsLong,
                var other => throw PdfFormatException.At(offset, "trailer /Prev", other.ToString(), "a non-negative integer offset"),
            };
        }

        // Oldest first: the order the sections' ends lie in the file.
        sections.Sort((a, b) => a.End.CompareTo(b.End));
        var revisions = ImmutableArray.CreateBuilder<PdfRevision>(sections.Count);
        var objects = ImmutableDictionary<int, XrefEntry>.Empty;
        foreach (var section in sections)
        {
            objects = objects.SetItems(section.Entries);
            revisions.Add(new PdfRevision(revisions.Count + 1, section.Offset, section.End, section.Trailer, section.Entries, objects));
        }

        return new PdfDocument(data, revisions.MoveToImmutable());
    }

    /// <summary>Object <paramref name="number"/> as revision <paramref name="revision"/> sees it; null when absent or free.</summary>
    public PdfIndirect? Get(int number, PdfRevision revision)
    {
        if (!revision.Objects.TryGetValue(number, out var entry) || !entry.InUse)
        {
            return null;
        }

        return ReadAt(entry.Offset, number, revision);
    }

    /// <summary>Follows references until a direct value; null for a dangling reference.</summary>
    public PdfValue? Resolve(PdfValue? value, PdfRevision revision)
    {
        for (var hops = 0; value is PdfRef r && hops < 32; hops++)
        {
            value = Get(r.Number, revision)?.Value;
        }

        return value is PdfRef ? null : value;
    }

    /// <summary>The dictionary <paramref name="value"/> resolves to (a stream's dictionary included), or null.</summary>
    public PdfDict? Dict(PdfValue? value, PdfRevision revision) => Resolve(value, revision) switch
    {
        PdfDict d => d,
        PdfStream s => s.Dict,
        _ => null,
    };

    /// <summary>The raw bytes of a stream, as stored.</summary>
    public ReadOnlyMemory<byte> Raw(PdfStream stream) => Data.Slice((int)stream.DataOffset, (int)stream.DataLength);

    /// <summary>A stream's decoded bytes: unfiltered or FlateDecode (the filters PDF writers use for attachments).</summary>
    public byte[] Decode(PdfStream stream, int objectNumber)
    {
        var filter = stream.Dict["Filter"] switch
        {
            null => null,
            PdfName n => n.Value,
            PdfArray { Items.Length: 0 } => null,
            PdfArray { Items: [PdfName one] } => one.Value,
            var other => $"{other}",
        };
        var raw = Raw(stream);
        switch (filter)
        {
            case null:
                return raw.ToArray();
            case "FlateDecode":
                try
                {
                    using var input = new MemoryStream(raw.ToArray());
                    using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                    using var output = new MemoryStream();
                    var buffer = new byte[81920];
                    for (int read; (read = zlib.Read(buffer)) > 0;)
                    {
                        output.Write(buffer, 0, read);
                        if (output.Length > MaxDecodedBytes)
                        {
                            throw new PdfFormatException(new VerificationProblem(stream.DataOffset, objectNumber, "stream data", $"more than {MaxDecodedBytes} bytes when decoded", "an embedded file of at most 256 MiB", "the verifier does not inflate unbounded data"));
                        }
                    }

                    return output.ToArray();
                }
                catch (InvalidDataException e)
                {
                    throw new PdfFormatException(new VerificationProblem(stream.DataOffset, objectNumber, "stream data", $"undecodable FlateDecode data ({e.Message})", "zlib-compressed data", "the stream's content cannot be read"));
                }

            default:
                throw new PdfFormatException(new VerificationProblem(stream.DataOffset, objectNumber, "/Filter", filter, "no filter or /FlateDecode", "the verifier decodes only the filters used for embedded files"));
        }
    }

    /// <summary>Reads "n g obj … endobj" at <paramref name="offset"/>, checking it is object <paramref name="number"/>.</summary>
    public PdfIndirect ReadAt(long offset, int number, PdfRevision revision)
    {
        if (cache.TryGetValue(offset, out var cached))
        {
            return cached;
        }

        if (offset < 0 || offset >= Data.Length)
        {
            throw PdfFormatException.At(offset, "cross-reference entry", $"offset {offset} outside the file of {Data.Length} bytes", "an offset inside the file", number);
        }

        var pos = (int)offset;
        var n = Parser.ReadInteger(ref pos, "object header");
        var g = Parser.ReadInteger(ref pos, "object header");
        pos = Parser.Expect(pos, "obj", "object header");
        if (n != number)
        {
            throw PdfFormatException.At(offset, "object header", $"object {n} {g}", $"object {number} (as the cross-reference table says)", number);
        }

        var value = Parser.ReadValue(ref pos);
        var after = Parser.SkipWhite(pos);
        if (value is PdfDict dict && Parser.Token(after, out var streamEnd) == "stream")
        {
            var stream = ReadStream(dict, streamEnd, number, revision, out pos);
            value = stream;
        }

        pos = Parser.Expect(pos, "endobj", "object end");
        var result = new PdfIndirect(number, (int)g, value, offset, pos);
        cache[offset] = result;
        return result;
    }

    private PdfStream ReadStream(PdfDict dict, int afterKeyword, int number, PdfRevision revision, out int end)
    {
        var span = Data.Span;
        var start = afterKeyword;
        if (start < span.Length && span[start] == '\r')
        {
            start++;
        }

        if (start < span.Length && span[start] == '\n')
        {
            start++;
        }

        // /Length is authoritative when it lands on "endstream"; a wrong one (common in damaged files) falls back to the
        // keyword search, which is what every reader does.
        var declared = Resolve(dict["Length"], revision) is PdfNumber { IsInteger: true, Value: >= 0 } l ? l.AsLong : -1;
        if (declared >= 0 && start + declared <= span.Length)
        {
            var p = Parser.SkipWhite(start + (int)declared);
            if (Parser.Token(p, out var e) == "endstream")
            {
                end = e;
                return new PdfStream(dict, start, declared);
            }
        }

        var found = span[start..].IndexOf("endstream"u8);
        if (found < 0)
        {
            throw PdfFormatException.At(start, "stream", "no 'endstream'", "stream data of /Length bytes followed by 'endstream'", number);
        }

        var length = found;
        if (length > 0 && span[start + length - 1] == '\n')
        {
            length--;
        }

        if (length > 0 && span[start + length - 1] == '\r')
        {
            length--;
        }

        end = start + found + "endstream".Length;
        return new PdfStream(dict, start, length);
    }

    private static string Printable(ReadOnlySpan<byte> bytes) =>
        new(Encoding.Latin1.GetString(bytes).Select(c => c is >= ' ' and < (char)127 ? c : '.').ToArray());
}
