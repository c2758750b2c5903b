using System.Globalization;
using System.Text;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Where each node of a converted YAML document came from: JSON pointer → line and column of the mapping key
/// (for mapping entries) and of the value. Problems found on the JSON form are reported at these positions.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> values = new(StringComparer.Ordinal);

    /// <summary>Records the position of the key that names the entry at <paramref name="pointer"/>.</summary>
    public void AddKey(string pointer, int line, int column) => keys[pointer] = (line, column);

    /// <summary>Records the position of the value at <paramref name="pointer"/>.</summary>
    public void AddValue(string pointer, int line, int column) => values[pointer] = (line, column);

    /// <summary>
    /// The position of the entry at <paramref name="pointer"/>: its key when it has one (that is where an author looks
    /// for a field), else its value; a pointer to a missing child falls back to the nearest existing parent.
    /// </summary>
    public (int Line, int Column)? Locate(string pointer, bool preferValue = false)
    {
        var current = pointer;
        while (true)
        {
            if (preferValue && values.TryGetValue(current, out var v))
            {
                return v;
            }

            if (keys.TryGetValue(current, out var k) || values.TryGetValue(current, out k))
            {
                return k;
            }

            if (current.Length == 0)
            {
                return null;
            }

            current = current[..current.LastIndexOf('/')];
        }
    }

    /// <summary>Appends a property name to a JSON pointer (RFC 6901 escaping).</summary>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index to a JSON pointer.</summary>
    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The field name authors read for a pointer: <c>/acceptance/1/atol/unit</c> → <c>acceptance[1].atol.unit</c>
    /// (indices are 0-based, as in the pointer); null for the document root.
    /// </summary>
    public static string? FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit) && builder.Length > 0)
            {
                builder.Append('[').Append(segment).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.ToString();
    }
}
