using System.Collections.Immutable;
using System.Text;

namespace TwinVal.Reports.Verification;

// The PDF object model the verifier needs: just enough to read dictionaries, arrays, strings and streams. Internal
// and tiny, so the few value kinds live together here; equality is structural so revisions can be compared.

/// <summary>A PDF value: null, boolean, number, name, string, array, dictionary, reference or stream.</summary>
internal abstract record PdfValue;

internal sealed record PdfNull : PdfValue
{
    public static PdfNull Instance { get; } = new();
}

internal sealed record PdfBool(bool Value) : PdfValue;

internal sealed record PdfNumber(double Value, bool IsInteger) : PdfValue
{
    public long AsLong => (long)Value;
}

internal sealed record PdfName(string Value) : PdfValue
{
    public override string ToString() => "/" + Value;
}

internal sealed record PdfString(ImmutableArray<byte> Bytes, bool Hex) : PdfValue
{
    public bool Equals(PdfString? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan());

    public override int GetHashCode() => Bytes.Length;

    /// <summary>The text: UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding read as Latin-1 (exact for the printable range).</summary>
    public string Text
    {
        get
        {
            var b = Bytes.AsSpan();
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(b[2..]);
            }

            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            {
                return Encoding.UTF8.GetString(b[3..]);
            }

            return Encoding.Latin1.GetString(b);
        }
    }
}

internal sealed record PdfRef(int Number, int Generation) : PdfValue
{
    public override string ToString() => $"{Number} {Generation} R";
}

internal sealed record PdfArray(ImmutableArray<PdfValue> Items) : PdfValue
{
    public bool Equals(PdfArray? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}

internal sealed record PdfDict(ImmutableDictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);

    public string? Name(string key) => (this[key] as PdfName)?.Value;

    public bool Equals(PdfDict? other) =>
        other is not null && Entries.Count == other.Entries.Count &&
        Entries.All(e => other.Entries.TryGetValue(e.Key, out var v) && Equals(e.Value, v));

    public override int GetHashCode() => Entries.Count;

    /// <summary>Keys whose values differ between this dictionary and <paramref name="other"/> (present in one only counts).</summary>
    public IEnumerable<string> DifferingKeys(PdfDict other) =>
        Entries.Keys.Union(other.Entries.Keys).Where(k => !Equals(this[k], other[k])).Order(StringComparer.Ordinal);
}

/// <summary>A stream: its dictionary and the raw (still encoded) data's position in the file.</summary>
internal sealed record PdfStream(PdfDict Dict, long DataOffset, long DataLength) : PdfValue;

/// <summary>An indirect object as read from the file: number, generation, value and the byte span of "n g obj … endobj".</summary>
internal sealed record PdfIndirect(int Number, int Generation, PdfValue Value, long Start, long End);
