using System.Text.Json.Nodes;

namespace TwinVal.Harness.Catalog;

/// <summary>Builds one <see cref="AcceptanceCheck"/> from a schema-valid <c>acceptance[]</c> entry.</summary>
internal sealed class AcceptanceReader(CaseModelReader reader)
{
    public AcceptanceCheck Read(JsonObject check, string pointer)
    {
        var qoi = check["qoi"] is JsonObject q ? ReadQoi(reader, q, pointer) : null;
        return new AcceptanceCheck(
            CaseModelReader.Text(check["id"]),
            CaseModelReader.EnumValue<MetricKind>(check["metric"]),
            CaseModelReader.Text(check["variable"]),
            reader.ReadQuantity(check["atol"], pointer + "/atol"),
            CaseModelReader.OptionalNumber(check["rtol"]) ?? 0.0,
            reader.ReadQuantity(check["limit"], pointer + "/limit"),
            qoi,
            reader.ReadQuantity(check["expected"], pointer + "/expected"),
            check["description"] is { } description ? CaseModelReader.Text(description).Trim() : null,
            check["metric"]?.GetValue<string>() == "convergence"
                ? new ConvergenceSpec(
                    CaseModelReader.OptionalNumber(check["expected-order"]),
                    CaseModelReader.OptionalNumber(check["order-tolerance"]) ?? ConvergenceSpec.DefaultOrderTolerance,
                    CaseModelReader.OptionalNumber(check["gci-limit"]))
                : null,
            check["range"] is JsonObject range
                ? new QoiRange(reader.ReadQuantity(range["min"], pointer + "/range/min"), reader.ReadQuantity(range["max"], pointer + "/range/max"))
                : null);
    }

    /// <summary>Reads the <c>qoi</c> mapping <paramref name="q"/> of the entry at <paramref name="pointer"/>.</summary>
    public static QoiSpec ReadQoi(CaseModelReader reader, JsonObject q, string pointer)
    {
        var direction = q["direction"] is { } d ? CaseModelReader.EnumValue<CrossingDirection>(d) : CrossingDirection.Rising;
        return new QoiSpec(
            CaseModelReader.EnumValue<QoiKind>(q["kind"]),
            reader.ReadQuantity(q["at"], pointer + "/qoi/at"),
            reader.ReadQuantity(q["threshold"], pointer + "/qoi/threshold"),
            direction,
            reader.ReadQuantity(q["window"]?["start"], pointer + "/qoi/window/start"),
            reader.ReadQuantity(q["window"]?["end"], pointer + "/qoi/window/end"));
    }
}
