using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Builds a <see cref="CaseDocument"/> from a case's JSON form once the schema has accepted it, so shapes and types
/// are known. Units are parsed here: a unit that does not parse is a problem at its field, and the quantity carries
/// the pure-number unit as a stand-in that later checks skip (they ask <see cref="ProblemList.HasProblemAt"/>).
/// </summary>
internal sealed class CaseModelReader(ProblemList problems)
{
    // reference and acceptance come together or not at all (schema): a property-only case has neither.
    public CaseDocument Read(JsonObject root) => new(
        Id: Text(root["id"]),
        Title: Text(root["title"]),
        Domain: EnumValue<Domain>(root["domain"]),
        Kind: EnumValue<CaseKind>(root["kind"]),
        Tier: EnumValue<Tier>(root["tier"]),
        Tags: [.. (root["tags"] as JsonArray ?? []).Select(Text)],
        Model: new ModelRef(Text(root["model"]!["id"]), Text(root["model"]!["version"])),
        Purpose: Text(root["purpose"]).Trim(),
        ContextOfUse: root["context-of-use"] is { } cou ? Text(cou).Trim() : null,
        Parameters: NamedQuantities(root["parameters"] as JsonObject, "/parameters"),
        InitialState: NamedQuantities(root["initial-state"] as JsonObject, "/initial-state"),
        Protocol: Protocol(root["protocol"]!.AsObject()),
        Outputs: Outputs(root["outputs"]!.AsObject()),
        Numerics: Numerics(root["numerics"] as JsonObject),
        ReferenceClass: root["reference"] is { } reference ? EnumValue<ReferenceClass>(reference["class"]) : ReferenceClass.None,
        Citation: root["reference"] is { } cited ? Text(cited["citation"]).Trim() : "none: the case is judged by its declared properties only",
        ReferenceFiles: [.. (root["reference"]?["files"] as JsonArray ?? []).Select(f => new ReferenceFileEntry(Text(f!["path"]), Text(f["sha256"])))],
        Acceptance: [.. (root["acceptance"] as JsonArray ?? []).Select((c, i) => new AcceptanceReader(this).Read(c!.AsObject(), $"/acceptance/{i}"))],
        Credibility: Credibility(root["credibility"] as JsonObject),
        Refinement: Refinement(root["refinement"] as JsonObject),
        ReportPlots: [.. (root["report"]?["plots"] as JsonArray ?? []).Select(p => new ReportPlot(Text(p!["x"]), Text(p["y"]), p["title"] is { } t ? Text(t) : null))],
        Ensemble: new EnsembleReader(this, problems).Read(root["ensemble"] as JsonObject),
        DataTables: [.. (root["data-tables"] as JsonArray ?? []).Select(t => new DataTableEntry(Text(t!["name"]), Text(t["path"]), Text(t["sha256"])))])
    {
        ParameterRanges = new PropertyReader(this).Ranges(root["parameter-ranges"] as JsonObject),
        Properties = new PropertyReader(this).Properties(root["properties"] as JsonArray),
        Validation = new ValidationReader(this, problems).Read(root["validation"] as JsonObject),
    };

    /// <summary>Parses the unit at <paramref name="pointer"/>; a failure is recorded and the pure-number unit returned.</summary>
    public Unit ReadUnit(JsonNode? node, string pointer)
    {
        if (Unit.TryParse(Text(node), out var unit, out var error))
        {
            return unit;
        }

        problems.At(pointer, error, preferValue: true);
        return Unit.Dimensionless;
    }

    /// <summary>Reads a {value, unit} mapping at <paramref name="pointer"/>, or null when absent.</summary>
    public Quantity? ReadQuantity(JsonNode? node, string pointer) =>
        node is JsonObject o ? new Quantity(Number(o["value"]), ReadUnit(o["unit"], pointer + "/unit")) : null;

    public static string Text(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;

    // The converter stores integers as long and other numbers as double; both read as double here.
    public static double Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        _ => 0.0,
    };

    public static double? OptionalNumber(JsonNode? node) => node is null ? null : Number(node);

    // YAML spells enum members in kebab case: code-verification → CodeVerification.
    public static T EnumValue<T>(JsonNode? node)
        where T : struct, Enum =>
        Enum.Parse<T>(Text(node).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private ImmutableArray<NamedQuantity> NamedQuantities(JsonObject? map, string pointer) =>
        map is null
            ? []
            : [.. map.Select(entry => new NamedQuantity(
                entry.Key,
                ReadQuantity(entry.Value, SourceMap.Child(pointer, entry.Key))!.Value,
                entry.Value!["description"] is { } d ? Text(d) : null))];

    private CaseProtocol Protocol(JsonObject protocol)
    {
        var start = ReadQuantity(protocol["start-time"], "/protocol/start-time") ?? new Quantity(0.0, SiUnits.Second);
        var end = ReadQuantity(protocol["end-time"], "/protocol/end-time")!.Value;
        var inputs = (protocol["inputs"] as JsonArray ?? []).Select((n, i) => new InputReader(this).Read(n!.AsObject(), $"/protocol/inputs/{i}"));
        return new CaseProtocol(start, end, [.. inputs]);
    }

    private OutputSpec Outputs(JsonObject outputs)
    {
        var variables = outputs["variables"]!.AsArray()
            .Select((v, i) => new OutputVariable(Text(v!["name"]), ReadUnit(v["unit"], $"/outputs/variables/{i}/unit")));
        return new OutputSpec([.. variables], ReadQuantity(outputs["interval"], "/outputs/interval"));
    }

    // The schema guarantees the names are known members; kebab case maps onto the enums like every other enum field.
    private static CaseCredibility? Credibility(JsonObject? credibility) =>
        credibility is null
            ? null
            : new CaseCredibility(
                [.. credibility["factors"]!.AsArray().Select(EnumValue<CredibilityFactor>)],
                EnumValue<Rigor>(credibility["demonstrates"]),
                [.. (credibility["fda-evidence"] as JsonArray ?? []).Select(EnumValue<FdaEvidenceCategory>)]);

    // The schema admits exactly one of the two ladders.
    private RefinementLadder? Refinement(JsonObject? refinement) =>
        refinement switch
        {
            null => null,
            _ when refinement["fixed-step"] is JsonArray steps => new RefinementLadder(
                RefinementParameter.FixedStep,
                [.. steps.Select((s, i) => ReadQuantity(s, $"/refinement/fixed-step/{i}")!.Value)],
                []),
            _ when refinement["dx"] is JsonArray spacings => new RefinementLadder(
                RefinementParameter.Dx,
                [.. spacings.Select((s, i) => ReadQuantity(s, $"/refinement/dx/{i}")!.Value)],
                []),
            _ => new RefinementLadder(RefinementParameter.Rtol, [], [.. refinement["rtol"]!.AsArray().Select(Number)]),
        };

    private NumericsSettings Numerics(JsonObject? numerics) =>
        numerics is null
            ? NumericsSettings.Default
            : new NumericsSettings(
                OptionalNumber(numerics["rtol"]),
                OptionalNumber(numerics["atol"]),
                numerics["method"] is { } m ? Text(m) : null,
                ReadQuantity(numerics["fixed-step"], "/numerics/fixed-step"),
                ReadQuantity(numerics["max-step"], "/numerics/max-step"),
                ReadQuantity(numerics["dx"], "/numerics/dx"));
}
