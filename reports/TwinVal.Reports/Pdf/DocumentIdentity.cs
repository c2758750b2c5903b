using System.Security.Cryptography;
using System.Text;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Pdf;

/// <summary>
/// Makes Skia's document identifier deterministic. SkiaSharp writes one UUID (from the clock and a memory address,
/// SkPDFMetadata) as the trailer <c>/ID</c> (ISO 32000-1 §14.4) and as the XMP <c>xmpMM:DocumentID</c>/<c>InstanceID</c>
/// (<c>uuid:…</c>), and offers no way to set it. This overwrites those bytes in place with identifiers derived from the
/// run, before anything is appended: the rewritten runs keep their length, no offset moves, the cross-reference table
/// stays valid, and the same run record gives a byte-identical report.
/// </summary>
internal static class DocumentIdentity
{
    private const int IdBytes = 16;

    /// <summary>The seed of a report's identifiers: SHA-256 of the run id, a NUL separator, and the run.json bytes.</summary>
    public static byte[] Seed(string runId, ReadOnlySpan<byte> runJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(runId));
        hash.AppendData([0]);
        hash.AppendData(runJson);
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// <see cref="Patch"/>, then writes the trailer's <c>/ID</c> array in one fixed form, <c>[&lt;hex&gt; &lt;hex&gt;]</c>,
    /// whatever form Skia chose: Skia writes each string as hex or as an escaped literal, so the patched file's length
    /// would otherwise follow Skia's random original. The trailer follows the cross-reference table (classic layout,
    /// checked here), so changing its length moves no object and leaves <c>startxref</c> valid.
    /// </summary>
    /// <returns>The normalised PDF (a new array).</returns>
    /// <exception cref="InvalidOperationException">No trailer /ID, or the /ID does not follow the cross-reference table.</exception>
    public static byte[] Apply(byte[] pdf, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        Patch(pdf, seed);
        var (start, end, ids) = TrailerId(pdf);
        var startxref = pdf.AsSpan().LastIndexOf("startxref"u8);
        if (startxref < end || !long.TryParse(Encoding.ASCII.GetString(pdf.AsSpan(startxref + 9, Math.Min(24, pdf.Length - startxref - 9))).Trim().Split('\n', '\r')[0].Trim(), out var xref) || xref >= start)
        {
            throw new InvalidOperationException("the rendered PDF's trailer /ID does not follow its cross-reference table; the SkiaSharp output format changed");
        }

        var array = Encoding.ASCII.GetBytes($"[<{Convert.ToHexString(ids[0])}> <{Convert.ToHexString(ids[1])}>]");
        return [.. pdf.AsSpan(0, start), .. array, .. pdf.AsSpan(end)];
    }

    /// <summary>
    /// Replaces each distinct identifier of the last trailer <c>/ID [a b]</c> of <paramref name="pdf"/>, and every
    /// <c>uuid:</c> form of it, by one derived from <paramref name="seed"/>. Returns how many byte runs were rewritten.
    /// </summary>
    /// <exception cref="InvalidOperationException">The PDF has no trailer /ID array of two 16-byte strings (Skia always writes one).</exception>
    public static int Patch(Memory<byte> pdf, ReadOnlySpan<byte> seed)
    {
        var (start, end, ids) = TrailerId(pdf);
        var originals = ids.Distinct(ByteArrayComparer.Instance).ToList();
        var derived = new List<byte[]>();
        for (var i = 0; i < originals.Count; i++)
        {
            derived.Add(Derive(seed, i));
        }

        var replaced = ids.Select(id => derived[originals.FindIndex(o => o.AsSpan().SequenceEqual(id))]).ToList();

        // Skia writes each string as hex or literal, whichever is shorter, so the array's length varies. The new array
        // holds two 18-byte literal strings (the derived bytes need no escapes), padded with spaces to the old length;
        // the shortest array Skia can write, "[(16 bytes)(16 bytes)]", is never shorter than that.
        var array = new List<byte>(end - start) { (byte)'[' };
        foreach (var id in replaced)
        {
            array.Add((byte)'(');
            array.AddRange(id);
            array.Add((byte)')');
        }

        array.AddRange(Enumerable.Repeat((byte)' ', end - start - array.Count - 1));
        array.Add((byte)']');
        array.ToArray().CopyTo(pdf.Span[start..end]);

        var rewritten = 1;
        for (var i = 0; i < originals.Count; i++)
        {
            rewritten += ReplaceAll(pdf.Span[..start], Uuid(originals[i]), Uuid(derived[i]));
        }

        return rewritten;
    }

    /// <summary>
    /// Identifier <paramref name="index"/> (0: the document's, 1: the instance's, when Skia writes two) of the seed: the
    /// first 16 bytes of SHA-256(seed ‖ index ‖ attempt) for the first attempt whose bytes are printable and free of
    /// <c>( ) \</c> (so a literal string holds them unescaped), marked as an RFC 9562 version-8 (custom, here SHA-256
    /// name-based) UUID. About one attempt in eight qualifies; the loop is bounded by 256 attempts per index, and the chance
    /// that none qualifies is below 1e-11.
    /// </summary>
    public static byte[] Derive(ReadOnlySpan<byte> seed, int index)
    {
        Span<byte> input = stackalloc byte[seed.Length + 2];
        seed.CopyTo(input);
        input[^2] = (byte)index;
        for (var attempt = 0; attempt < 256; attempt++)
        {
            input[^1] = (byte)attempt;
            var id = SHA256.HashData(input)[..IdBytes];
            id[6] = (byte)((id[6] & 0x0F) | 0x80); // version 8
            id[8] = (byte)((id[8] & 0x3F) | 0x80); // variant 10xx (RFC 9562 §4.1)
            if (id.All(b => b >= 0x80 || (b is >= 0x20 and < 0x7F and not ((byte)'(' or (byte)')' or (byte)'\\'))))
            {
                return id;
            }
        }

        throw new InvalidOperationException("no escape-free identifier in 256 attempts");
    }

    // The last "/ID [ … ]" of the file (the trailer's, written after every object) and its two strings' bytes.
    private static (int Start, int End, byte[][] Ids) TrailerId(Memory<byte> pdf)
    {
        var key = pdf.Span.LastIndexOf("/ID"u8);
        if (key >= 0)
        {
            var parser = new PdfParser(pdf) { Position = key + 3 };
            parser.SkipWhite();
            var start = parser.Position;
            try
            {
                if (parser.ReadObject() is PdfArray { Items: [PdfString { Bytes.Length: IdBytes } a, PdfString { Bytes.Length: IdBytes } b] })
                {
                    return (start, parser.Position, [[.. a.Bytes], [.. b.Bytes]]);
                }
            }
            catch (PdfFormatException)
            {
                // Reported below with what was found.
            }
        }

        var found = key < 0 ? "no /ID key" : Encoding.Latin1.GetString(pdf.Span[key..Math.Min(pdf.Length, key + 80)]);
        throw new InvalidOperationException($"the rendered PDF has no trailer /ID array of two 16-byte strings (found: {found}); the SkiaSharp output format changed");
    }

    // The XMP form, "uuid:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in lower case, as SkPDFMetadata writes it.
    private static byte[] Uuid(byte[] id)
    {
        var hex = Convert.ToHexStringLower(id);
        return Encoding.ASCII.GetBytes($"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }

    private static int ReplaceAll(Span<byte> pdf, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        var count = 0;
        for (var start = 0; start <= pdf.Length - from.Length;)
        {
            var found = pdf[start..].IndexOf(from);
            if (found < 0)
            {
                break;
            }

            to.CopyTo(pdf[(start + found)..]);
            start += found + from.Length;
            count++;
        }

        return count;
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public static ByteArrayComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => BitConverter.ToInt32(obj);
    }
}
