using System.Text.Encodings.Web;
using System.Text.Json;

namespace TwinVal.Cli.Output;

/// <summary>JSON settings for the <c>--json</c> forms: camelCase, indented, no escaping of readable characters.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
