using System.Text;

namespace TwinVal.Cli.Output;

/// <summary>
/// A plain, aligned text table. Plain text on purpose: it reads the same on a terminal, in a CI log and in a test
/// snapshot, and it can be grepped.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Append(text, headers, widths);
        Append(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
        text.Append(line.TrimEnd()).Append('\n');
    }
}
