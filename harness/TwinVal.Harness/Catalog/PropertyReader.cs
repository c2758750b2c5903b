using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwinVal.Harness.Properties;

namespace TwinVal.Harness.Catalog;

/// <summary>Builds the <c>parameter-ranges</c> and <c>properties</c> of a schema-valid case.</summary>
internal sealed class PropertyReader(CaseModelReader reader)
{
    public ImmutableArray<ParameterRange> Ranges(JsonObject? ranges) =>
        ranges is null
            ? []
            : [.. ranges.Select(entry => new ParameterRange(
                entry.Key,
                CaseModelReader.Number(entry.Value!["min"]),
                CaseModelReader.Number(entry.Value["max"]),
                reader.ReadUnit(entry.Value["unit"], SourceMap.Child("/parameter-ranges", entry.Key) + "/unit"),
                entry.Value["scale"] is { } s ? CaseModelReader.EnumValue<RangeScale>(s) : RangeScale.Linear))];

    public ImmutableArray<PropertySpec> Properties(JsonArray? properties) =>
        properties is null ? [] : [.. properties.Select((p, i) => Read(p!.AsObject(), $"/properties/{i}"))];

    private PropertySpec Read(JsonObject p, string pointer) => new()
    {
        Id = CaseModelReader.Text(p["id"]),
        Kind = CaseModelReader.EnumValue<PropertyKind>(p["kind"]),
        Description = p["description"] is { } d ? CaseModelReader.Text(d).Trim() : null,
        Variable = p["variable"] is { } v ? CaseModelReader.Text(v) : null,
        Min = reader.ReadQuantity(p["min"], pointer + "/min"),
        Max = reader.ReadQuantity(p["max"], pointer + "/max"),
        Atol = reader.ReadQuantity(p["atol"], pointer + "/atol"),
        Rtol = CaseModelReader.OptionalNumber(p["rtol"]) ?? 0.0,
        Direction = p["direction"] is { } dir ? CaseModelReader.EnumValue<MonotoneDirection>(dir) : MonotoneDirection.Increasing,
        Period = reader.ReadQuantity(p["period"], pointer + "/period"),
        Window = reader.ReadQuantity(p["window"], pointer + "/window"),
        From = reader.ReadQuantity(p["from"], pointer + "/from"),
        Parameter = p["parameter"] is { } par ? CaseModelReader.Text(par) : null,
        Factor = CaseModelReader.OptionalNumber(p["factor"]) ?? 1.0,
        Exponent = CaseModelReader.OptionalNumber(p["exponent"]) ?? 0.0,
        Qoi = p["qoi"] is JsonObject q ? AcceptanceReader.ReadQoi(reader, q, pointer) : null,
        Transformation = p["transformation"] is { } t ? CaseModelReader.EnumValue<InvarianceTransformation>(t) : InvarianceTransformation.TimeTranslation,
        Shift = reader.ReadQuantity(p["shift"], pointer + "/shift"),
        Swap = [.. (p["swap"] as JsonArray ?? []).Select(pair => (CaseModelReader.Text(pair![0]), CaseModelReader.Text(pair[1])))],
        Terms = [.. (p["terms"] as JsonArray ?? []).Select(term => new ConservationTerm(CaseModelReader.Text(term!["variable"]), CaseModelReader.Number(term["coefficient"])))],
        SumUnit = p["unit"] is { } u ? reader.ReadUnit(u, pointer + "/unit") : null,
        ModelPropertyName = p["name"] is { } n ? CaseModelReader.Text(n) : null,
        EndTime = reader.ReadQuantity(p["end-time"], pointer + "/end-time"),
        Interval = reader.ReadQuantity(p["interval"], pointer + "/interval"),
    };
}
