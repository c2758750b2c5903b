using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Data;

/// <summary>
/// Reads the CSV convention of TwinVal (reference data and external solver output): a header row of
/// <c>name [unit]</c> cells whose first cell is <c>time [unit]</c>, then one row per time point, comma-separated,
/// culture-invariant numbers, time strictly increasing. Every problem is reported with its line and column name.
/// </summary>
public static class SeriesTableCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static SeriesTableCsvReadResult Read(string path, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;
        var display = options.DisplayPath ?? path;
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, options with { DisplayPath = display });
        }
        catch (IOException ex)
        {
            return new SeriesTableCsvReadResult(null, [new Problem(display, null, null, null, $"cannot read the file: {ex.Message}")]);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new SeriesTableCsvReadResult(null, [new Problem(display, null, null, null, $"cannot read the file: {ex.Message}")]);
        }
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; problems name <see cref="CsvReadOptions.DisplayPath"/> (or "&lt;csv&gt;").</summary>
    public static SeriesTableCsvReadResult Read(TextReader reader, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;
        var state = new CsvReadState(options.DisplayPath ?? "<csv>", options.MaxProblems);
        var csvOptions = new CsvReaderOptions
        {
            // Fixed comma separator: detection could misread a one-column file; the convention is comma-separated.
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            FormatProvider = CultureInfo.InvariantCulture,
        };

        try
        {
            using var csv = CsvReader.Create(reader, csvOptions, leaveOpen: true);
            if (!csv.Read())
            {
                state.Add(1, null, "the file is empty; expected a header row 'time [s],name [unit],...'");
                return state.Result(null);
            }

            var header = ReadHeader(Cells(csv), Line(csv), state);
            var rows = new List<double[]>();
            var lines = new List<int>();
            var lastLine = Line(csv);
            while (csv.Read())
            {
                lastLine = Line(csv);
                var row = ReadRow(Cells(csv), lastLine, header, options, state);
                if (row is not null)
                {
                    rows.Add(row);
                    lines.Add(lastLine);
                }
            }

            if (header is null)
            {
                return state.Result(null);
            }

            if (rows.Count == 0 && !state.HasErrors)
            {
                state.Add(lastLine + 1, null, "no data rows after the header");
            }

            CheckTime(rows, lines, header[0], state);
            return state.Result(state.HasErrors ? null : Build(header, rows));
        }
        catch (CsvFormatException ex)
        {
            state.Add(ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, $"malformed CSV: {ex.Message}");
            return state.Result(null);
        }
    }

    private static string[] Cells(CsvReader csv)
    {
        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = csv.GetString(i) ?? string.Empty;
        }

        return cells;
    }

    private static int Line(CsvReader csv) => (int)csv.LineNumber;

    private static CsvHeaderCell[]? ReadHeader(string[] cells, int line, CsvReadState state)
    {
        var header = new CsvHeaderCell[cells.Length];
        var ok = true;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = CsvHeaderCell.TryParse(cells[i], out var error);
            if (cell is null)
            {
                state.Add(line, null, $"column {i + 1}: {error}");
                ok = false;
                continue;
            }

            header[i] = cell;
        }

        if (!ok)
        {
            return null;
        }

        if (cells.Length < 2)
        {
            state.Add(line, null, "expected a time column and at least one variable column");
            return null;
        }

        if (header[0].Name != "time" || !header[0].Unit.IsCompatibleWith(SiUnits.Second))
        {
            state.Add(line, header[0].Name, $"the first column must be 'time [unit of time]', found '{cells[0]}'");
            return null;
        }

        var duplicate = header.GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            state.Add(line, duplicate.Key, $"column '{duplicate.Key}' appears more than once");
            return null;
        }

        return header;
    }

    private static double[]? ReadRow(string[] cells, int line, CsvHeaderCell[]? header, CsvReadOptions options, CsvReadState state)
    {
        if (header is null)
        {
            return null;
        }

        if (cells.Length != header.Length)
        {
            state.Add(line, null, $"the row has {cells.Length} cells but the header has {header.Length}");
            return null;
        }

        var row = new double[cells.Length];
        var ok = true;
        for (var i = 0; i < cells.Length; i++)
        {
            if (!CsvNumber.TryParse(cells[i], options.AllowNonFinite, out row[i], out var error))
            {
                state.Add(line, header[i].Name, error!);
                ok = false;
            }
        }

        return ok ? row : null;
    }

    private static void CheckTime(List<double[]> rows, List<int> lines, CsvHeaderCell time, CsvReadState state)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            // Strictly increasing: a repeated time makes the series ambiguous, a decreasing one is a sorting error.
            if (!(rows[i][0] > rows[i - 1][0]))
            {
                state.Add(lines[i], time.Name, FormattableString.Invariant(
                    $"time must increase strictly: line {lines[i]} has {rows[i][0]} {time.Unit}, not after line {lines[i - 1]} ({rows[i - 1][0]} {time.Unit})"));
            }
        }
    }

    private static SeriesTable Build(CsvHeaderCell[] header, List<double[]> rows)
    {
        var series = new Series[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            var values = ImmutableArray.CreateBuilder<double>(rows.Count);
            foreach (var row in rows)
            {
                values.Add(row[c]);
            }

            series[c] = new Series(header[c].Name, header[c].Unit, values.MoveToImmutable());
        }

        return new SeriesTable(series[0], [.. series.Skip(1)]);
    }
}
