using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Turns JsonSchema.Net's evaluation results into problems an author can act on: the YAML line of the offending node,
/// the field in dotted form, and what was expected, phrased from the schema itself (allowed fields, enum values,
/// descriptions). Failures inside <c>if</c> are conditions, not errors, and are dropped; an <c>anyOf</c> is reported
/// once, and only when no branch held.
/// </summary>
internal sealed class SchemaErrorTranslator(JsonNode schema, JsonNode? instance, ProblemList problems)
{
    public void Translate(EvaluationResults results)
    {
        var details = results.Details.Count == 0 ? [results] : results.Details;
        var validBranches = details.Where(d => d.IsValid).Select(d => Key(d.InstanceLocation.ToString(), d.EvaluationPath.ToString())).ToHashSet(StringComparer.Ordinal);
        var reportedAnyOf = new HashSet<string>(StringComparer.Ordinal);

        foreach (var detail in details)
        {
            if (!detail.HasErrors || detail.IsValid)
            {
                continue;
            }

            var location = detail.InstanceLocation.ToString();
            var segments = Segments(detail.EvaluationPath.ToString());
            if (segments.Contains("if") || segments.Contains("not") || problems.HasProblemAt(location))
            {
                continue;
            }

            var anyOf = segments.LastIndexOf("anyOf");
            if (anyOf >= 0)
            {
                ReportAnyOf(location, segments, anyOf, validBranches, reportedAnyOf);
                continue;
            }

            foreach (var (keyword, libraryMessage) in detail.Errors!)
            {
                Report(location, segments, keyword, libraryMessage);
            }
        }
    }

    private void ReportAnyOf(string location, List<string> segments, int anyOf, HashSet<string> validBranches, HashSet<string> reported)
    {
        var prefix = segments.Take(anyOf + 1).ToList();
        var node = Navigate(prefix) as JsonArray;
        var branchCount = node?.Count ?? 0;
        var prefixPath = "/" + string.Join('/', prefix);
        var anyHeld = Enumerable.Range(0, branchCount).Any(i => validBranches.Contains(Key(location, FormattableString.Invariant($"{prefixPath}/{i}"))));
        if (anyHeld || !reported.Add(Key(location, prefixPath)))
        {
            return;
        }

        var fields = node?.SelectMany(b => b?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).ToList() ?? [];
        var why = Description(segments.Take(anyOf).ToList());
        var what = fields.Count > 0 ? $"missing a field: expected at least one of {string.Join(", ", fields)}" : "matches none of the allowed forms";
        problems.At(location, why is null ? what : $"{what} ({why})");
    }

    private void Report(string location, List<string> segments, string keyword, string libraryMessage)
    {
        var node = Navigate(segments);
        var value = Instance(location);
        switch (keyword)
        {
            case "required":
                var missing = node?["required"]?.AsArray().Select(r => r!.GetValue<string>())
                    .Where(name => value is not JsonObject o || !o.ContainsKey(name)).ToList() ?? [];
                var why = Context(segments);
                foreach (var name in missing)
                {
                    var field = SourceMap.FieldName(SourceMap.Child(location, name));
                    problems.AtField(location, field, why is null ? $"missing required field '{name}'" : $"missing required field '{name}' ({why})");
                }

                break;
            case "type":
                var expected = node?["type"] is JsonArray types ? string.Join(" or ", types.Select(t => Article(t!.GetValue<string>()))) : Article(node?["type"]?.GetValue<string>() ?? "value");
                var hint = expected.Contains("string", StringComparison.Ordinal) && value is JsonValue
                    ? " (put it in quotes, for example \"1\")"
                    : expected == "a mapping" && Description(segments) is { } shape ? $" ({shape})" : string.Empty;
                problems.At(location, $"expected {expected}, found {Describe(value)}{hint}", preferValue: true);
                break;
            case "enum":
                var allowed = node?["enum"]?.AsArray().Select(v => v!.ToJsonString()) ?? [];
                problems.At(location, $"expected one of {string.Join(", ", allowed)}; found {Describe(value)}", preferValue: true);
                break;
            case "pattern":
                // Under propertyNames the offending text is the field's name, not its value.
                var subject = segments.Contains("propertyNames") ? $"the name '{location[(location.LastIndexOf('/') + 1)..]}'" : Describe(value);
                problems.At(location, $"{subject} does not have the expected form: {Description(segments) ?? node?["pattern"]?.GetValue<string>()}", preferValue: !segments.Contains("propertyNames"));
                break;
            case "minLength":
                problems.At(location, "expected a non-empty string", preferValue: true);
                break;
            case "minItems":
                problems.At(location, $"expected at least {node?["minItems"]} item(s), found {(value as JsonArray)?.Count ?? 0}", preferValue: true);
                break;
            case "minimum":
                problems.At(location, $"expected a value >= {node?["minimum"]}, found {Describe(value)}", preferValue: true);
                break;
            case "exclusiveMinimum":
                problems.At(location, $"expected a value > {node?["exclusiveMinimum"]}, found {Describe(value)}", preferValue: true);
                break;
            case "uniqueItems":
                problems.At(location, "expected every item to be different; an item repeats", preferValue: true);
                break;
            case "" or "false":
                ReportFalseSchema(location, segments);
                break;
            default:
                problems.At(location, libraryMessage, preferValue: true);
                break;
        }
    }

    private void ReportFalseSchema(string location, List<string> segments)
    {
        var name = segments.Count > 0 ? segments[^1] : string.Empty;
        if (name == "additionalProperties")
        {
            var parent = Navigate(segments.Take(segments.Count - 1).ToList());
            var allowed = (parent?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
            var field = location[(location.LastIndexOf('/') + 1)..];
            problems.At(location, allowed.Count == 0
                ? $"unknown field '{field}'"
                : $"unknown field '{field}'; expected one of {string.Join(", ", allowed)}");
            return;
        }

        var why = Context(segments);
        problems.At(location, why is null ? $"field '{name}' is not allowed here" : $"field '{name}' is not allowed here: {why}");
    }

    // The description of the innermost then/else branch on the path: the rule that made a field required or forbidden.
    private string? Context(List<string> segments)
    {
        var branch = Math.Max(segments.LastIndexOf("then"), segments.LastIndexOf("else"));
        return branch < 0 ? null : Navigate(segments.Take(branch + 1).ToList())?["description"]?.GetValue<string>();
    }

    private string? Description(List<string> segments) => Navigate(segments)?["description"]?.GetValue<string>();

    // Follows an evaluation path through the schema document, resolving each local $ref it passes.
    private JsonNode? Navigate(List<string> segments)
    {
        var current = schema;
        foreach (var segment in segments)
        {
            current = segment == "$ref" && current?["$ref"] is JsonValue reference
                ? Resolve(reference.GetValue<string>())
                : current switch
                {
                    JsonObject o => o[segment],
                    JsonArray a when int.TryParse(segment, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                    _ => null,
                };
        }

        return current;
    }

    private JsonNode? Resolve(string reference) =>
        reference.StartsWith("#/", StringComparison.Ordinal) ? Navigate(Segments(reference[1..])) : null;

    private JsonNode? Instance(string pointer)
    {
        var current = instance;
        foreach (var segment in Segments(pointer))
        {
            current = current switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return current;
    }

    private static List<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer.TrimStart('#')[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();

    private static string Key(string location, string path) => location + "|" + path;

    private static string Article(string type) => type switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "integer" => "an integer",
        "null" => "null",
        _ => "a " + type,
    };

    private static string Describe(JsonNode? value) => value switch
    {
        null => "nothing (null)",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"'{v.GetValue<string>()}'",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => $"the number {v.ToJsonString()}",
        _ => value.ToJsonString(),
    };
}
