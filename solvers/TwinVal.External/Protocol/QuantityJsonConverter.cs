using System.Text.Json;
using System.Text.Json.Serialization;
using TwinVal.Harness.Units;

namespace TwinVal.External.Protocol;

/// <summary>A quantity is <c>{"value": 1.5, "unit": "mL/mmHg"}</c>, the same shape as in case.yaml.</summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected a quantity {\"value\": number, \"unit\": \"symbol\"}");
        }

        double? value = null;
        Unit? unit = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "value":
                    value = reader.GetDouble();
                    break;
                case "unit":
                    var text = reader.GetString();
                    unit = Unit.TryParse(text, out var parsed, out var error) ? parsed : throw new JsonException(error);
                    break;
                default:
                    throw new JsonException($"unknown quantity field '{name}'; expected 'value' and 'unit'");
            }
        }

        return value is { } v && unit is not null
            ? new Quantity(v, unit)
            : throw new JsonException("a quantity needs both 'value' and 'unit'");
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("unit", value.Unit.Symbol);
        writer.WriteEndObject();
    }
}
