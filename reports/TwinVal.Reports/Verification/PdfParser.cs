using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Reads PDF values (ISO 32000-2 §7.2–7.3) from a byte buffer. Written for hostile input: every read is bounds-checked,
/// nesting is limited, and every failure is a <see cref="PdfFormatException"/> naming the offset and what was expected.
/// </summary>
internal sealed class PdfParser(ReadOnlyMemory<byte> data)
{
    // Deeper nesting than this is no real document's; the limit keeps a crafted file from exhausting the stack.
    private const int MaxDepth = 64;

    public ReadOnlyMemory<byte> Data { get; } = data;

    public int Length => Data.Length;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips white space and comments.</summary>
    public int SkipWhite(int pos)
    {
        var s = Data.Span;
        while (pos < s.Length)
        {
            if (IsWhite(s[pos]))
            {
                pos++;
            }
            else if (s[pos] == '%')
            {
                while (pos < s.Length && s[pos] is not (byte)'\n' and not (byte)'\r')
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>The regular-character token at <paramref name="pos"/> (keyword or number), empty at a delimiter or the end.</summary>
    public string Token(int pos, out int end)
    {
        var s = Data.Span;
        end = pos;
        while (end < s.Length && !IsWhite(s[end]) && !IsDelimiter(s[end]) && end - pos < 256)
        {
            end++;
        }

        return Encoding.Latin1.GetString(s[pos..end]);
    }

    /// <summary>Reads the keyword <paramref name="keyword"/> after optional white space, or fails naming what was there.</summary>
    public int Expect(int pos, string keyword, string field)
    {
        pos = SkipWhite(pos);
        var token = Token(pos, out var end);
        if (token != keyword)
        {
            throw PdfFormatException.At(pos, field, Describe(token), $"'{keyword}'");
        }

        return end;
    }

    /// <summary>Reads a non-negative integer token, or fails.</summary>
    public long ReadInteger(ref int pos, string field)
    {
        pos = SkipWhite(pos);
        var token = Token(pos, out var end);
        if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw PdfFormatException.At(pos, field, Describe(token), "a non-negative integer");
        }

        pos = end;
        return value;
    }

    /// <summary>Reads one value (a reference "n g R" included) starting at or after <paramref name="pos"/>.</summary>
    public PdfValue ReadValue(ref int pos, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw PdfFormatException.At(pos, "object nesting", $"more than {MaxDepth} levels", $"at most {MaxDepth} nested arrays/dictionaries");
        }

        var s = Data.Span;
        pos = SkipWhite(pos);
        if (pos >= s.Length)
        {
            throw PdfFormatException.At(pos, "object", "end of file", "a PDF value");
        }

        var start = pos;
        switch (s[pos])
        {
            case (byte)'/':
                return ReadName(ref pos);
            case (byte)'(':
                return ReadLiteralString(ref pos);
            case (byte)'[':
                return ReadArray(ref pos, depth);
            case (byte)'<' when pos + 1 < s.Length && s[pos + 1] == '<':
                return ReadDict(ref pos, depth);
            case (byte)'<':
                return ReadHexString(ref pos);
        }

        var token = Token(pos, out var end);
        switch (token)
        {
            case "null":
                pos = end;
                return PdfNull.Instance;
            case "true" or "false":
                pos = end;
                return new PdfBool(token == "true");
        }

        if (!double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            throw PdfFormatException.At(start, "object", Describe(token), "a PDF value (number, name, string, array, dictionary, reference)");
        }

        pos = end;
        var isInteger = !token.Contains('.', StringComparison.Ordinal);
        if (isInteger && number is >= 0 and <= int.MaxValue && TryReference(pos, out var generation, out var after))
        {
            pos = after;
            return new PdfRef((int)number, generation);
        }

        return new PdfNumber(number, isInteger);
    }

    private bool TryReference(int pos, out int generation, out int after)
    {
        generation = 0;
        after = pos;
        var p = SkipWhite(pos);
        var gen = Token(p, out var end);
        if (!int.TryParse(gen, NumberStyles.None, CultureInfo.InvariantCulture, out generation))
        {
            return false;
        }

        p = SkipWhite(end);
        if (Token(p, out end) != "R")
        {
            return false;
        }

        after = end;
        return true;
    }

    private PdfName ReadName(ref int pos)
    {
        var s = Data.Span;
        pos++;
        var bytes = new List<byte>();
        while (pos < s.Length && !IsWhite(s[pos]) && !IsDelimiter(s[pos]))
        {
            if (s[pos] == '#' && pos + 2 < s.Length && IsHex(s[pos + 1]) && IsHex(s[pos + 2]))
            {
                bytes.Add((byte)((HexValue(s[pos + 1]) << 4) | HexValue(s[pos + 2])));
                pos += 3;
            }
            else
            {
                bytes.Add(s[pos++]);
            }
        }

        return new PdfName(Encoding.UTF8.GetString([.. bytes]));
    }

    private PdfString ReadLiteralString(ref int pos)
    {
        var s = Data.Span;
        var start = pos++;
        var bytes = new List<byte>();
        var open = 1;
        while (pos < s.Length)
        {
            var b = s[pos++];
            if (b == '\\' && pos < s.Length)
            {
                var e = s[pos++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r':
                        if (pos < s.Length && s[pos] == '\n')
                        {
                            pos++;
                        }

                        break;
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                        var value = e - '0';
                        for (var i = 0; i < 2 && pos < s.Length && s[pos] is >= (byte)'0' and <= (byte)'7'; i++)
                        {
                            value = (value * 8) + (s[pos++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    default: bytes.Add(e); break;
                }
            }
            else if (b == '(')
            {
                open++;
                bytes.Add(b);
            }
            else if (b == ')')
            {
                if (--open == 0)
                {
                    return new PdfString([.. bytes], Hex: false);
                }

                bytes.Add(b);
            }
            else
            {
                bytes.Add(b);
            }
        }

        throw PdfFormatException.At(start, "string", "end of file inside a literal string", "a closing ')'");
    }

    private PdfString ReadHexString(ref int pos)
    {
        var s = Data.Span;
        var start = pos++;
        var bytes = new List<byte>();
        var high = -1;
        while (pos < s.Length)
        {
            var b = s[pos++];
            if (b == '>')
            {
                if (high >= 0)
                {
                    bytes.Add((byte)(high << 4)); // an odd digit count means a trailing 0 (ISO 32000-2 §7.3.4.3)
                }

                return new PdfString([.. bytes], Hex: true);
            }

            if (IsWhite(b))
            {
                continue;
            }

            if (!IsHex(b))
            {
                throw PdfFormatException.At(pos - 1, "hex string", $"byte 0x{b:X2}", "hexadecimal digits up to '>'");
            }

            if (high < 0)
            {
                high = HexValue(b);
            }
            else
            {
                bytes.Add((byte)((high << 4) | HexValue(b)));
                high = -1;
            }
        }

        throw PdfFormatException.At(start, "hex string", "end of file inside a hex string", "a closing '>'");
    }

    private PdfArray ReadArray(ref int pos, int depth)
    {
        var start = pos++;
        var items = ImmutableArray.CreateBuilder<PdfValue>();
        while (true)
        {
            pos = SkipWhite(pos);
            if (pos >= Length)
            {
                throw PdfFormatException.At(start, "array", "end of file inside an array", "a closing ']'");
            }

            if (Data.Span[pos] == ']')
            {
                pos++;
                return new PdfArray(items.ToImmutable());
            }

            items.Add(ReadValue(ref pos, depth + 1));
        }
    }

    private PdfDict ReadDict(ref int pos, int depth)
    {
        var start = pos;
        pos += 2;
        var entries = ImmutableDictionary.CreateBuilder<string, PdfValue>(StringComparer.Ordinal);
        while (true)
        {
            pos = SkipWhite(pos);
            if (pos + 1 >= Length)
            {
                throw PdfFormatException.At(start, "dictionary", "end of file inside a dictionary", "a closing '>>'");
            }

            var s = Data.Span;
            if (s[pos] == '>' && s[pos + 1] == '>')
            {
                pos += 2;
                return new PdfDict(entries.ToImmutable());
            }

            if (s[pos] != '/')
            {
                throw PdfFormatException.At(pos, "dictionary key", Describe(Token(pos, out _)), "a name (/Key) or '>>'");
            }

            var key = ReadName(ref pos).Value;
            entries[key] = ReadValue(ref pos, depth + 1); // a repeated key keeps the last value, as readers do
        }
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static string Describe(string token) => token.Length == 0 ? "no token" : $"'{token}'";
}
