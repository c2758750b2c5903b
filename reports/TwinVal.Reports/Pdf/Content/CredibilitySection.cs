using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// The credibility matrix (ASME V&amp;V 40-2018, the 13 credibility factors) when the run record holds the assessment
/// written for a credibility plan (<c>credibility.json</c>, format of <c>CredibilityJson</c>): the plan's question,
/// context of use and model risk, then per factor the target and achieved gradation, evidence and gap. Nothing is
/// printed for a run without a plan; a file that cannot be read is named with the reason, never skipped silently.
/// </summary>
internal static class CredibilitySection
{
    /// <summary>File name of the assessment in the run record (the runner's <c>CredibilityFileName</c>).</summary>
    public const string FileName = "credibility.json";

    /// <summary>Section blocks, or none when <paramref name="recordFolder"/> holds no assessment.</summary>
    public static IEnumerable<LayoutBlock> Blocks(string recordFolder)
    {
        var path = Path.Combine(recordFolder, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return [new HeadingBlock(1, "Credibility assessment"), .. Assessment(document.RootElement)];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return [new HeadingBlock(1, "Credibility assessment"), new ParagraphBlock($"{FileName} in the run record could not be read: {ex.Message}")];
        }
    }

    private static List<LayoutBlock> Assessment(JsonElement root)
    {
        var plan = Child(root, "plan");
        var risk = Child(plan, "model-risk");
        var sufficient = Child(root, "sufficient");
        var blocks = new List<LayoutBlock>
        {
            Tables.KeyValue(
                ("Question of interest", Text(plan, "question-of-interest")),
                ("Context of use", Text(plan, "context-of-use")),
                ("Model influence", Text(plan, "model-influence")),
                ("Decision consequence", Text(plan, "decision-consequence")),
                ("Model risk", $"level {Text(risk, "level")} ({Text(risk, "category")})"),
                ("Credibility sufficient", sufficient.ValueKind switch
                {
                    JsonValueKind.True => new TableCell("yes: every factor reaches its target", LayoutColor.PassFill, FontFace.SansBold),
                    JsonValueKind.False => new TableCell("no: at least one factor has a gap", LayoutColor.FailFill, FontFace.SansBold),
                    _ => "not stated",
                })),
        };
        var factors = Child(root, "factors");
        if (factors.ValueKind != JsonValueKind.Array)
        {
            blocks.Add(new ParagraphBlock($"{FileName} lists no factors."));
            return blocks;
        }

        blocks.Add(new TableBlock(
            [
                new TableColumn("Factor", 1.7f), new TableColumn("Target", 0.9f), new TableColumn("Achieved", 1f),
                new TableColumn("Evidence", 1.9f), new TableColumn("Gap", 0.5f), new TableColumn("Explanation", 2f),
            ],
            [.. factors.EnumerateArray().Select(Row)]));
        return blocks;
    }

    private static ImmutableArray<TableCell> Row(JsonElement factor)
    {
        var gap = Child(factor, "gap").ValueKind;
        var failed = Strings(factor, "failed-evidence");
        var evidence = Strings(factor, "evidence");
        var evidenceText = evidence.Length == 0 ? "none" : string.Join(", ", evidence);
        if (failed.Length > 0)
        {
            evidenceText += $"\nfailed: {string.Join(", ", failed)}";
        }

        return
        [
            $"{Text(factor, "factor")}\n({Text(factor, "activity")})",
            Text(factor, "target"),
            Text(factor, "achieved"),
            evidenceText,
            gap switch
            {
                JsonValueKind.True => new TableCell("gap", LayoutColor.FailFill, FontFace.SansBold),
                JsonValueKind.False => new TableCell("none", LayoutColor.PassFill),
                _ => "—",
            },
            Text(factor, "explanation"),
        ];
    }

    private static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    // Tolerant on purpose: a field missing from a hand-edited or newer file prints "—" instead of losing the section.
    private static string Text(JsonElement element, string name) => Child(element, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "—",
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => "—",
    };

    private static string[] Strings(JsonElement element, string name) => Child(element, name) is { ValueKind: JsonValueKind.Array } array
        ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
        : [];
}
