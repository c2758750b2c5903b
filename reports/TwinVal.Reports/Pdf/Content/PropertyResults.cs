using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Harness.Judging;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// Property-check results of a run (checks of kind <c>property</c> in run.json): property, samples, seed, verdict and
/// the shrunk counterexample when one was found. Read from run.json's check objects directly and tolerantly, so that
/// fields the property runner adds show up without the report knowing their C# types; absent fields print "—".
/// Prints nothing for a run without property checks.
/// </summary>
internal static class PropertyResults
{
    /// <summary>A table for <paramref name="run"/>'s property checks found in <paramref name="runJson"/>, or nothing.</summary>
    public static IEnumerable<LayoutBlock> Blocks(JudgedRun run, JsonElement? runJson)
    {
        var rows = runJson is { } root ? Rows(root, run.CaseId, run.SolverId) : [];
        if (rows.IsEmpty)
        {
            return [];
        }

        return
        [
            new ParagraphBlock($"Property checks of {run.CaseId} × {run.SolverId}:", TextStyle.Body),
            new TableBlock(
                [
                    new TableColumn("Property", 1.6f), new TableColumn("Samples", 0.7f, TextAlign.Right), new TableColumn("Seed", 0.9f, TextAlign.Right),
                    new TableColumn("Verdict", 0.7f), new TableColumn("Counterexample (shrunk)", 3f),
                ],
                rows),
        ];
    }

    /// <summary>Parses run.json in <paramref name="recordFolder"/> once per report; null when absent or unreadable.</summary>
    public static JsonElement? Load(string recordFolder)
    {
        var path = Path.Combine(recordFolder, "run.json");
        try
        {
            return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone() : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ImmutableArray<ImmutableArray<TableCell>> Rows(JsonElement root, string caseId, string solverId)
    {
        var result = Child(root, "results");
        if (result.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var run = result.EnumerateArray().FirstOrDefault(r => Text(r, "case") == caseId && Text(r, "solver") == solverId);
        var checks = Child(run, "checks");
        return checks.ValueKind != JsonValueKind.Array
            ? []
            : [.. checks.EnumerateArray().Where(IsProperty).Select(Row)];
    }

    // "kind": "property" as planned; a metric named "property" or "property:<name>" is accepted as well.
    private static bool IsProperty(JsonElement check) =>
        Text(check, "kind") == "property" || Text(check, "metric") is { } metric && (metric == "property" || metric.StartsWith("property:", StringComparison.Ordinal));

    private static ImmutableArray<TableCell> Row(JsonElement check)
    {
        var verdict = Text(check, "verdict");
        var cell = KebabVerdict(verdict) is { } v ? VerdictCell.Of(v) : new TableCell(verdict ?? "—");
        return
        [
            Text(check, "property") ?? Text(check, "check") ?? "—",
            Text(check, "samples") ?? "—",
            Text(check, "seed") ?? "—",
            cell,
            Counterexample(Child(check, "counterexample")) ?? (verdict == "pass" ? "none" : Text(check, "message") ?? "—"),
        ];
    }

    private static string? Counterexample(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static Verdict? KebabVerdict(string? text) =>
        text is not null && Harness.Reporting.KebabCase.TryParse<Verdict>(text, out var verdict) ? verdict : null;

    private static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    private static string? Text(JsonElement element, string name) => Child(element, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };
}
