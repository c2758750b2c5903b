using System.Globalization;
using System.Text;

namespace TwinVal.Harness.Data;

/// <summary>
/// Writes a <see cref="SeriesTable"/> in the case library's CSV convention: header cells <c>name [unit]</c>, time
/// first, numbers culture-invariant in round-trip form so that reading the file back gives the same doubles, and the
/// tokens <c>NaN</c>, <c>Inf</c>, <c>-Inf</c> for non-finite values.
/// </summary>
public static class SeriesTableCsvWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>, one line per row, lines ending in <c>\n</c>.</summary>
    public static void Write(SeriesTable table, TextWriter writer)
    {
        var line = new StringBuilder();
        line.Append(Escape(table.Time.Header));
        foreach (var column in table.Columns)
        {
            line.Append(',').Append(Escape(column.Header));
        }

        writer.Write(line.Append('\n').ToString());
        for (var row = 0; row < table.RowCount; row++)
        {
            line.Clear().Append(Format(table.Time.Values[row]));
            foreach (var column in table.Columns)
            {
                line.Append(',').Append(Format(column.Values[row]));
            }

            writer.Write(line.Append('\n').ToString());
        }
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="destination"/> as UTF-8 without a byte-order mark.</summary>
    public static async Task WriteAsync(SeriesTable table, Stream destination, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(destination, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            Write(table, writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The table as CSV text.</summary>
    public static string ToCsv(SeriesTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    /// <summary>One number: round-trip ("R") invariant text, or <c>NaN</c>, <c>Inf</c>, <c>-Inf</c>.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    // RFC 4180 quoting, needed only if a name ever holds a comma, quote or line break.
    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
