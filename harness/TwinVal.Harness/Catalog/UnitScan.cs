using System.Text.Json.Nodes;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks every <c>unit</c> string of a case document on its own. It runs when the schema already failed, so that a
/// file with both a structural mistake and a misspelt unit reports both in one pass instead of one per edit.
/// </summary>
internal static class UnitScan
{
    public static void Report(JsonNode? node, string pointer, ProblemList problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPointer = $"{pointer}/{Escape(name)}";
                    if (name == "unit" && child is JsonValue value && value.TryGetValue<string>(out var text) &&
                        !Unit.TryParse(text, out _, out var error))
                    {
                        problems.At(childPointer, error, preferValue: true);
                    }
                    else
                    {
                        Report(child, childPointer, problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Report(array[i], $"{pointer}/{i}", problems);
                }

                break;
        }
    }

    // JSON Pointer escaping (RFC 6901): '~' then '/'.
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
