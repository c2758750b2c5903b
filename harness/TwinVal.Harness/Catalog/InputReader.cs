using System.Text.Json.Nodes;

namespace TwinVal.Harness.Catalog;

/// <summary>Builds one <see cref="InputSignal"/> from a schema-valid <c>protocol.inputs[]</c> entry.</summary>
internal sealed class InputReader(CaseModelReader reader)
{
    public InputSignal Read(JsonObject input, string pointer)
    {
        var name = CaseModelReader.Text(input["name"]);
        var unit = reader.ReadUnit(input["unit"], pointer + "/unit");
        double Num(string field) => CaseModelReader.Number(input[field]);
        Units.Quantity? Q(string field) => reader.ReadQuantity(input[field], $"{pointer}/{field}");

        return CaseModelReader.Text(input["kind"]) switch
        {
            "constant" => new ConstantInput(name, unit, Num("value")),
            "step" => new StepInput(name, unit, Num("before"), Num("after"), Q("onset")!.Value),
            "pulse" => new PulseInput(
                name, unit, Num("baseline"), Num("amplitude"), Q("onset")!.Value, Q("duration")!.Value, Q("period"),
                input["count"] is { } count ? (int)Math.Min(CaseModelReader.Number(count), int.MaxValue) : null),
            "fourier" => new FourierInput(
                name, unit, Num("mean"), Q("frequency"), Q("period"),
                [.. input["harmonics"]!.AsArray().Select(h => new FourierHarmonic(
                    CaseModelReader.Number(h!["amplitude"]), CaseModelReader.OptionalNumber(h["phase"]) ?? 0.0))]),
            "tabulated" => new TabulatedInput(
                name, unit, CaseModelReader.Text(input["file"]), CaseModelReader.Text(input["sha256"]),
                input["periodic"] is { } periodic && periodic.GetValue<bool>(), [], []),
            _ => new SineInput(name, unit, Num("mean"), Num("amplitude"), Q("frequency")!.Value, Num("phase")),
        };
    }
}
