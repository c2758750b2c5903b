using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Reads a model data table CSV: header <c>key,name [unit],…</c>, then one row per key with a finite number in every
/// numeric column. Every problem is reported at its line and column (1-based) in the file; nothing is skipped silently.
/// </summary>
internal static class ModelDataTableReader
{
    public static ModelDataTable? Read(DataTableEntry entry, string text, string displayPath, ProblemList problems)
    {
        void Fail(int line, int column, string message) => problems.Add(new Problem(displayPath, line, column, null, message));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (count < 2)
        {
            Fail(1, 1, "expected a header 'key,name [unit],…' and at least one data row");
            return null;
        }

        var header = lines[0].Split(',');
        var before = problems.Items.Count;
        var columns = new List<(string Name, Unit Unit)>();
        var column = 1 + header[0].Length + 1;
        for (var j = 1; j < header.Length; j++)
        {
            var cell = header[j].Trim();
            var open = cell.IndexOf('[', StringComparison.Ordinal);
            if (open <= 0 || !cell.EndsWith(']'))
            {
                Fail(1, column, $"header cell '{cell}' must be 'name [unit]' (write [1] for a pure number)");
            }
            else if (!Unit.TryParse(cell[(open + 1)..^1].Trim(), out var unit, out var error))
            {
                Fail(1, column, $"header cell '{cell}': {error}");
            }
            else if (columns.Any(c => c.Name == cell[..open].Trim()))
            {
                Fail(1, column, $"column '{cell[..open].Trim()}' appears twice");
            }
            else
            {
                columns.Add((cell[..open].Trim(), unit));
            }

            column += header[j].Length + 1;
        }

        if (header[0].Trim().Length == 0 || header.Length < 2)
        {
            Fail(1, 1, "the first header cell names the key column (for example 'region') and at least one numeric column must follow");
        }

        var keys = new List<string>();
        var values = columns.Select(_ => new List<double>()).ToList();
        for (var i = 1; i < count; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
            {
                Fail(i + 1, 1, $"row has {cells.Length} cells; the header has {header.Length}");
                continue;
            }

            var key = cells[0].Trim();
            if (key.Length == 0 || keys.Contains(key))
            {
                Fail(i + 1, 1, key.Length == 0 ? "empty key" : $"key '{key}' repeats row {keys.IndexOf(key) + 2}");
            }

            keys.Add(key);
            column = 1 + cells[0].Length + 1;
            for (var j = 1; j < cells.Length && j - 1 < values.Count; j++)
            {
                if (!double.TryParse(cells[j].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    Fail(i + 1, column, $"'{cells[j].Trim()}' in column '{columns[j - 1].Name}' is not a finite number");
                }

                values[j - 1].Add(value);
                column += cells[j].Length + 1;
            }
        }

        return problems.Items.Count > before
            ? null
            : new ModelDataTable(entry.Name, entry.Path, entry.Sha256, header[0].Trim(), [.. keys],
                [.. columns.Select((c, j) => new DataColumn(c.Name, c.Unit, [.. values[j]]))]);
    }
}
