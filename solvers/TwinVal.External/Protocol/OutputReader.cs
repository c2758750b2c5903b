using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.External.Protocol;

/// <summary>
/// Reads what an external solver left in its output folder: <c>output.csv</c> (required) and <c>qoi.json</c>
/// (optional). Anything malformed becomes a <see cref="SolverException"/> whose message says what was expected and,
/// for misnamed columns, what was probably meant.
/// </summary>
public static class OutputReader
{
    /// <summary>Name of the series file.</summary>
    public const string OutputFile = "output.csv";

    /// <summary>Name of the optional quantities-of-interest file.</summary>
    public const string QoiFile = "qoi.json";

    private const int ProblemsShown = 5;

    /// <summary>Reads the outputs in <paramref name="outdir"/> for <paramref name="request"/>.</summary>
    /// <exception cref="SolverException">A file is missing, empty or malformed, or a requested column is missing.</exception>
    public static (SeriesTable Series, ImmutableArray<NamedQuantity> Qoi) Read(string outdir, SolveRequest request, bool allowNonFinite)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = Path.Combine(outdir, OutputFile);
        var expectedHeader = ExpectedHeader(request);
        if (!File.Exists(path))
        {
            var present = Directory.Exists(outdir) ? Directory.GetFileSystemEntries(outdir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
            throw new SolverException($"no {OutputFile} in {{outdir}}; expected a CSV with header '{expectedHeader}'; "
                + $"{{outdir}} holds {(present.Count == 0 ? "nothing" : string.Join(", ", present))}");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new SolverException($"{OutputFile} is empty; expected a header '{expectedHeader}' and one row per sample time");
        }

        var read = SeriesTableCsvReader.Read(path, new CsvReadOptions(AllowNonFinite: allowNonFinite, DisplayPath: OutputFile));
        if (read.Table is not { } table)
        {
            var errors = read.Problems.Where(p => p.Severity == Harness.ProblemSeverity.Error).ToList();
            var shown = string.Join("; ", errors.Take(ProblemsShown).Select(p => p.ToString()));
            var more = errors.Count > ProblemsShown ? $"; and {errors.Count - ProblemsShown} more" : string.Empty;
            var hint = allowNonFinite ? string.Empty : " (NaN/Inf tokens are accepted only when the manifest sets allow-non-finite: true)";
            var nonFinite = shown.Contains("not a finite number", StringComparison.Ordinal) ? hint : string.Empty;
            var header = errors.Exists(p => p.Line == 1) ? $"; the request asks for the header '{expectedHeader}'" : string.Empty;
            throw new SolverException($"{OutputFile} is malformed: {shown}{more}{nonFinite}{header}");
        }

        CheckColumns(request, table);
        return (table, ReadQoi(Path.Combine(outdir, QoiFile)));
    }

    /// <summary>The header a request asks for, for example <c>time [s],P [mmHg]</c>.</summary>
    public static string ExpectedHeader(SolveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Join(',', request.Outputs.Variables.Select(v => $"{v.Name} [{v.Unit.Symbol}]").Prepend($"time [{request.Outputs.TimeUnit.Symbol}]"));
    }

    private static void CheckColumns(SolveRequest request, SeriesTable table)
    {
        var problems = new List<string>();
        var unclaimed = table.Columns.Where(c => !request.Outputs.Variables.Any(v => v.Name == c.Name)).Select(c => c.Name).ToList();
        foreach (var variable in request.Outputs.Variables)
        {
            if (table.Find(variable.Name) is { } column)
            {
                if (!column.Unit.IsCompatibleWith(variable.Unit))
                {
                    problems.Add($"column '{column.Header}' has a unit of dimension {column.Unit.Dimension}; expected '{variable.Name} [{variable.Unit.Symbol}]' or another unit of dimension {variable.Unit.Dimension}");
                }

                continue;
            }

            var wrote = NameHints.Closest(variable.Name, unclaimed);
            problems.Add(wrote is null
                ? $"column '{variable.Name} [{variable.Unit.Symbol}]' missing; the header has {Describe(table)}"
                : $"column '{variable.Name} [{variable.Unit.Symbol}]' missing; you wrote '{table.Find(wrote)!.Header}'");
        }

        if (!table.Time.Unit.IsCompatibleWith(request.Outputs.TimeUnit))
        {
            problems.Add($"first column '{table.Time.Header}' is not a time; expected 'time [{request.Outputs.TimeUnit.Symbol}]'");
        }

        if (problems.Count > 0)
        {
            throw new SolverException($"{OutputFile} does not match the request: {string.Join("; ", problems)}");
        }
    }

    private static string Describe(SeriesTable table) =>
        table.Columns.IsEmpty ? "no variable columns" : string.Join(", ", table.Columns.Select(c => $"'{c.Header}'"));

    private static ImmutableArray<NamedQuantity> ReadQoi(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonArray
                ?? throw new SolverException($"{QoiFile} must be a JSON array of {{\"name\", \"value\", \"unit\"}} objects");
            return [.. root.Select((item, i) => Qoi(item, i))];
        }
        catch (JsonException ex)
        {
            throw new SolverException($"{QoiFile} is not valid JSON: {ex.Message}", ex);
        }
    }

    private static NamedQuantity Qoi(JsonNode? item, int index)
    {
        var where = $"{QoiFile}[{index}]";
        if (item is not JsonObject o || o["name"] is not JsonValue name || o["value"] is not JsonValue value || o["unit"] is not JsonValue unit)
        {
            throw new SolverException($"{where}: expected an object with 'name' (string), 'value' (number) and 'unit' (string)");
        }

        if (!value.TryGetValue<double>(out var number) || !double.IsFinite(number))
        {
            throw new SolverException($"{where}: 'value' must be a finite number");
        }

        return Unit.TryParse(unit.ToString(), out var parsed, out var error)
            ? new NamedQuantity(name.ToString(), new Quantity(number, parsed))
            : throw new SolverException($"{where}: {error}");
    }
}
