using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TwinVal.Harness.Execution;

namespace TwinVal.External.Protocol;

/// <summary>
/// The protocol's <c>input.json</c>: the serialised <see cref="SolveRequest"/> (camelCase, units as symbols, quantities
/// as <c>{value, unit}</c>, inputs tagged by <c>kind</c> as in case.yaml) plus <c>protocolVersion</c>. Its schema is
/// published at solvers/external/schema/input.schema.json.
/// </summary>
public static class InputJson
{
    /// <summary>Version of the protocol written into every input.json.</summary>
    public const int ProtocolVersion = 1;

    /// <summary>Serializer settings of the protocol (also used to read qoi.json).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new UnitJsonConverter(), new QuantityJsonConverter() },
        WriteIndented = true,

        // µ, Ω and ² stay readable in the file rather than \u escapes; the text is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The input.json document of <paramref name="request"/>.</summary>
    public static JsonObject ToJson(SolveRequest request)
    {
        var node = JsonSerializer.SerializeToNode(request, Options)!.AsObject();
        var document = new JsonObject { ["protocolVersion"] = ProtocolVersion };
        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            document[name] = value;
        }

        return document;
    }

    /// <summary>The input.json text of <paramref name="request"/>.</summary>
    public static string Serialize(SolveRequest request) => ToJson(request).ToJsonString(Options);
}
