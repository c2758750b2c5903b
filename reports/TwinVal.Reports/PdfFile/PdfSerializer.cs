using System.Text;

namespace TwinVal.Reports.PdfFile;

/// <summary>Writes PDF objects in their canonical textual form (ISO 32000-1 §7.3).</summary>
internal static class PdfSerializer
{
    /// <summary>Appends the textual form of <paramref name="value"/> (a stream's dictionary and data included).</summary>
    public static void Write(Stream output, PdfObject value)
    {
        switch (value)
        {
            case PdfStream stream:
                Write(output, stream.Dictionary.With("Length", new PdfNumber(stream.Data.Length)));
                Ascii(output, "\nstream\n");
                output.Write(stream.Data.AsSpan());
                Ascii(output, "\nendstream");
                break;
            default:
                Ascii(output, ToText(value));
                break;
        }
    }

    /// <summary>The textual form of a non-stream object.</summary>
    public static string ToText(PdfObject value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, PdfObject value)
    {
        switch (value)
        {
            case PdfName name:
                AppendName(text, name.Value);
                break;
            case PdfNumber number:
                text.Append(number.Text);
                break;
            case PdfString s:
                AppendString(text, s);
                break;
            case PdfArray array:
                text.Append('[');
                for (var i = 0; i < array.Items.Length; i++)
                {
                    text.Append(i == 0 ? "" : " ");
                    Append(text, array.Items[i]);
                }

                text.Append(']');
                break;
            case PdfDictionary dict:
                text.Append("<<");
                foreach (var (key, item) in dict.Entries)
                {
                    AppendName(text, key);
                    text.Append(' ');
                    Append(text, item);
                    text.Append('\n');
                }

                text.Append(">>");
                break;
            case PdfReference r:
                text.Append(r.Number).Append(' ').Append(r.Generation).Append(" R");
                break;
            case PdfBoolean b:
                text.Append(b.Value ? "true" : "false");
                break;
            case PdfNull:
                text.Append("null");
                break;
            case PdfRaw raw:
                text.Append(raw.Text);
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} cannot be written inline (streams are indirect objects)", nameof(value));
        }
    }

    private static void AppendName(StringBuilder text, string name)
    {
        text.Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            // Regular printable characters stay; delimiters, '#', white space and non-ASCII are #xx-escaped (§7.3.5).
            var regular = b is > 32 and < 127 && "()<>[]{}/%#".IndexOf((char)b, StringComparison.Ordinal) < 0;
            text.Append(regular ? ((char)b).ToString() : $"#{b:X2}");
        }
    }

    private static void AppendString(StringBuilder text, PdfString s)
    {
        if (s.Hex)
        {
            text.Append('<').Append(Convert.ToHexString(s.Bytes.AsSpan())).Append('>');
            return;
        }

        text.Append('(');
        foreach (var b in s.Bytes)
        {
            text.Append(b switch
            {
                (byte)'(' => "\\(",
                (byte)')' => "\\)",
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                < 32 or >= 127 => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}",
                _ => ((char)b).ToString(),
            });
        }

        text.Append(')');
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
