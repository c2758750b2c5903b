using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TwinVal.Reports.PdfFile;

/// <summary>
/// Reads PDF objects from bytes (ISO 32000-1 §7.2–7.3): a small recursive-descent parser over the lexical rules, enough
/// for the dictionaries, arrays and streams an incremental update has to read. Every error names the byte offset.
/// </summary>
/// <param name="data">The whole file.</param>
internal sealed class PdfParser(ReadOnlyMemory<byte> data)
{
    private readonly ReadOnlyMemory<byte> data = data;

    /// <summary>The current byte offset.</summary>
    public int Position { get; set; }

    /// <summary>True for PDF white-space characters.</summary>
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private ReadOnlySpan<byte> Span => data.Span;

    /// <summary>Skips white space and comments.</summary>
    public void SkipWhite()
    {
        var span = Span;
        while (Position < span.Length)
        {
            if (IsWhite(span[Position]))
            {
                Position++;
            }
            else if (span[Position] == '%')
            {
                while (Position < span.Length && span[Position] is not ((byte)'\n' or (byte)'\r'))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a keyword or number token (a run of regular characters).</summary>
    public string ReadToken()
    {
        SkipWhite();
        var span = Span;
        var start = Position;
        while (Position < span.Length && !IsWhite(span[Position]) && !IsDelimiter(span[Position]))
        {
            Position++;
        }

        return Encoding.ASCII.GetString(span[start..Position]);
    }

    /// <summary>Reads an expected keyword or fails naming the offset.</summary>
    public void Expect(string keyword)
    {
        var at = Position;
        var token = ReadToken();
        if (token != keyword)
        {
            throw new PdfFormatException($"byte {at}: expected '{keyword}', found '{Truncate(token)}'");
        }
    }

    /// <summary>Reads an indirect object <c>n g obj … endobj</c> at the current position, including a stream body.</summary>
    /// <param name="expected">The reference the cross-reference table promised at this offset.</param>
    /// <param name="resolveLength">Resolves an indirect <c>/Length</c>.</param>
    public PdfObject ReadIndirectObject(PdfReference expected, Func<PdfReference, PdfObject> resolveLength)
    {
        var at = Position;
        var number = ReadToken();
        var generation = ReadToken();
        var obj = ReadToken();
        if (obj != "obj" || number != expected.Number.ToString(CultureInfo.InvariantCulture) ||
            generation != expected.Generation.ToString(CultureInfo.InvariantCulture))
        {
            throw new PdfFormatException(
                $"byte {at}: the cross-reference table points object {expected.Number} {expected.Generation} here, but found '{Truncate($"{number} {generation} {obj}")}' (damaged or truncated file)");
        }

        var value = ReadObject();
        SkipWhite();
        var save = Position;
        if (value is PdfDictionary dict && ReadToken() == "stream")
        {
            return new PdfStream(dict.Without("Length"), ReadStreamData(dict, resolveLength));
        }

        Position = save;
        Expect("endobj");
        return value;
    }

    private ImmutableArray<byte> ReadStreamData(PdfDictionary dict, Func<PdfReference, PdfObject> resolveLength)
    {
        var span = Span;
        // The keyword is followed by CRLF or LF (§7.3.8.1).
        if (Position < span.Length && span[Position] == '\r')
        {
            Position++;
        }

        if (Position < span.Length && span[Position] == '\n')
        {
            Position++;
        }

        var lengthObject = dict["Length"] is PdfReference r ? resolveLength(r) : dict["Length"];
        if (lengthObject is not PdfNumber length)
        {
            throw new PdfFormatException($"byte {Position}: stream without a numeric /Length");
        }

        var n = length.AsInteger();
        if (n < 0 || Position + n > span.Length)
        {
            throw new PdfFormatException($"byte {Position}: stream /Length {n} runs past the end of the file (truncated file)");
        }

        var bytes = span.Slice(Position, (int)n).ToImmutableArray();
        Position += (int)n;
        Expect("endstream");
        Expect("endobj");
        return bytes;
    }

    /// <summary>Reads one direct object (or an indirect reference) at the current position.</summary>
    public PdfObject ReadObject()
    {
        SkipWhite();
        var span = Span;
        if (Position >= span.Length)
        {
            throw new PdfFormatException($"byte {Position}: expected an object, found the end of the file (truncated file)");
        }

        switch (span[Position])
        {
            case (byte)'/':
                Position++;
                return new PdfName(ReadNameBody());
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                return ReadArray();
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<':
                return ReadDictionary();
            case (byte)'<':
                return ReadHexString();
        }

        var at = Position;
        var token = ReadToken();
        switch (token)
        {
            case "true":
                return new PdfBoolean(true);
            case "false":
                return new PdfBoolean(false);
            case "null":
                return PdfNull.Instance;
        }

        if (!IsNumber(token))
        {
            throw new PdfFormatException($"byte {at}: expected an object, found '{Truncate(token)}'");
        }

        // "n g R" is a reference; look ahead two tokens and rewind when it is not.
        var save = Position;
        if (IsUnsigned(token))
        {
            var generation = ReadToken();
            if (IsUnsigned(generation) && ReadToken() == "R")
            {
                return new PdfReference(int.Parse(token, CultureInfo.InvariantCulture), int.Parse(generation, CultureInfo.InvariantCulture));
            }
        }

        Position = save;
        return new PdfNumber(token);
    }

    private static bool IsUnsigned(string token) => token.Length is > 0 and < 10 && token.All(char.IsAsciiDigit);

    private static bool IsNumber(string token) =>
        token.Length > 0 && token.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.') && token.Any(char.IsAsciiDigit);

    private string ReadNameBody()
    {
        var span = Span;
        var bytes = new List<byte>();
        while (Position < span.Length && !IsWhite(span[Position]) && !IsDelimiter(span[Position]))
        {
            if (span[Position] == '#' && Position + 2 < span.Length &&
                byte.TryParse(span.Slice(Position + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                Position += 3;
            }
            else
            {
                bytes.Add(span[Position++]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private PdfArray ReadArray()
    {
        Position++;
        var items = ImmutableArray.CreateBuilder<PdfObject>();
        while (true)
        {
            SkipWhite();
            if (Position >= Span.Length)
            {
                throw new PdfFormatException($"byte {Position}: array not closed before the end of the file (truncated file)");
            }

            if (Span[Position] == ']')
            {
                Position++;
                return new PdfArray(items.ToImmutable());
            }

            items.Add(ReadObject());
        }
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var result = PdfDictionary.Empty;
        while (true)
        {
            SkipWhite();
            var span = Span;
            if (Position + 1 >= span.Length)
            {
                throw new PdfFormatException($"byte {Position}: dictionary not closed before the end of the file (truncated file)");
            }

            if (span[Position] == '>' && span[Position + 1] == '>')
            {
                Position += 2;
                return result;
            }

            var at = Position;
            if (ReadObject() is not PdfName key)
            {
                throw new PdfFormatException($"byte {at}: expected a name as dictionary key");
            }

            result = result.With(key.Value, ReadObject());
        }
    }

    private PdfString ReadHexString()
    {
        var span = Span;
        var start = ++Position;
        var end = span[start..].IndexOf((byte)'>');
        if (end < 0)
        {
            throw new PdfFormatException($"byte {start}: hexadecimal string not closed (truncated file)");
        }

        var digits = new StringBuilder();
        foreach (var b in span.Slice(start, end))
        {
            if (char.IsAsciiHexDigit((char)b))
            {
                digits.Append((char)b);
            }
            else if (!IsWhite(b))
            {
                throw new PdfFormatException($"byte {start}: '{(char)b}' in a hexadecimal string");
            }
        }

        // An odd final digit is followed by an implied 0 (§7.3.4.3).
        if (digits.Length % 2 == 1)
        {
            digits.Append('0');
        }

        Position = start + end + 1;
        return new PdfString([.. Convert.FromHexString(digits.ToString())], Hex: true);
    }

    private PdfString ReadLiteralString()
    {
        var span = Span;
        var at = Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            if (Position >= span.Length)
            {
                throw new PdfFormatException($"byte {at}: literal string not closed (truncated file)");
            }

            var b = span[Position++];
            if (b == '\\')
            {
                ReadEscape(span, bytes);
                continue;
            }

            depth += b == '(' ? 1 : b == ')' ? -1 : 0;
            if (depth == 0)
            {
                return new PdfString([.. bytes], Hex: false);
            }

            bytes.Add(b);
        }
    }

    private void ReadEscape(ReadOnlySpan<byte> span, List<byte> bytes)
    {
        if (Position >= span.Length)
        {
            return;
        }

        var e = span[Position++];
        switch (e)
        {
            case (byte)'n': bytes.Add((byte)'\n'); break;
            case (byte)'r': bytes.Add((byte)'\r'); break;
            case (byte)'t': bytes.Add((byte)'\t'); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case (byte)'\r':
                // A backslash before an end of line continues the string on the next line.
                if (Position < span.Length && span[Position] == '\n')
                {
                    Position++;
                }

                break;
            case (byte)'\n': break;
            case >= (byte)'0' and <= (byte)'7':
                var value = e - '0';
                for (var i = 0; i < 2 && Position < span.Length && span[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (span[Position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default: bytes.Add(e); break;
        }
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
