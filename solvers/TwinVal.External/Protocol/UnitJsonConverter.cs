using System.Text.Json;
using System.Text.Json.Serialization;
using TwinVal.Harness.Units;

namespace TwinVal.External.Protocol;

/// <summary>A unit is its symbol as written in case files (<c>"mmHg*s/mL"</c>); reading parses it back.</summary>
internal sealed class UnitJsonConverter : JsonConverter<Unit>
{
    public override Unit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return Unit.TryParse(text, out var unit, out var error) ? unit : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Unit value, JsonSerializerOptions options) => writer.WriteStringValue(value.Symbol);
}
