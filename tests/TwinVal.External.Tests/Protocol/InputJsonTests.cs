using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Json.Schema;
using TwinVal.External.Protocol;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.External.Tests.Protocol;

public sealed class InputJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "solvers", "external", "schema", "input.schema.json"))));

    public static TheoryData<string> BundledCases => [.. CaseCatalog.Load(Repository.ReferenceCases).Cases.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(BundledCases))]
    public void Serialize_BundledCase_ValidAgainstPublishedSchema(string caseId)
    {
        var referenceCase = CaseCatalog.Load(Repository.ReferenceCases).Cases.Single(c => c.Id == caseId);
        var json = JsonNode.Parse(InputJson.Serialize(RequestFactory.Create(referenceCase, 7)));

        AssertValid(json);
    }

    [Fact]
    public void Serialize_EveryInputKind_ValidAgainstPublishedSchema()
    {
        var ms = Unit.Parse("ms");
        var current = Unit.Parse("µA/cm^2");
        ImmutableArray<InputSignal> inputs =
        [
            new ConstantInput("a", current, 1.5),
            new StepInput("b", current, 0, 2, new Quantity(5, ms)),
            new PulseInput("c", current, 0, 1, new Quantity(10, ms), new Quantity(2, ms), new Quantity(20, ms), 3),
            new PulseInput("d", current, 0, 1, new Quantity(10, ms), new Quantity(2, ms)),
            new SineInput("e", current, 0, 1, new Quantity(5, Unit.Parse("Hz")), 0.25),
            new FourierInput("f", current, 1, new Quantity(5, Unit.Parse("Hz")), null, [new FourierHarmonic(2, 0.5), new FourierHarmonic(1, -1)]),
            new FourierInput("g", current, 1, null, new Quantity(800, ms), [new FourierHarmonic(2, 0)]),
            new TabulatedInput("h", current, "stim.csv", new string('0', 64), true, [0, 0.05, 0.1], [0, 1, 0]),
        ];
        var request = Request() with
        {
            Protocol = new CaseProtocol(new Quantity(0, ms), new Quantity(100, ms), inputs),
            Numerics = new NumericsSettings(1e-8, 1e-10, "rk4", new Quantity(0.01, ms), null),
        };

        AssertValid(JsonNode.Parse(InputJson.Serialize(request)));
    }

    [Fact]
    public void Serialize_Request_HandChecksShapeOfQuantitiesUnitsAndInputs()
    {
        var request = Request() with
        {
            Protocol = new CaseProtocol(new Quantity(0, SiUnits.Second), new Quantity(2, SiUnits.Second),
                [new PulseInput("I_stim", Unit.Parse("µA/cm^2"), 0, 1, new Quantity(10, Unit.Parse("ms")), new Quantity(50, Unit.Parse("ms")))]),
        };

        var json = JsonNode.Parse(InputJson.Serialize(request))!;

        Assert.Equal(1, json["protocolVersion"]!.GetValue<int>());
        Assert.Equal("mmHg*s/mL", json["parameters"]![0]!["quantity"]!["unit"]!.GetValue<string>());
        Assert.Equal(1.0, json["parameters"]![0]!["quantity"]!["value"]!.GetValue<double>());
        Assert.Equal("pulse", json["protocol"]!["inputs"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("µA/cm^2", json["protocol"]!["inputs"]![0]!["unit"]!.GetValue<string>());
        Assert.Equal(50.0, json["protocol"]!["inputs"]![0]!["duration"]!["value"]!.GetValue<double>());
        Assert.Equal([0.0, 0.5, 1.0], json["outputs"]!["sampleTimes"]!.AsArray().Select(t => t!.GetValue<double>()));
        Assert.Equal(42, json["seed"]!.GetValue<long>());
    }

    [Fact]
    public void Serialize_TabulatedInput_CarriesRowsInline()
    {
        var request = Request() with
        {
            Protocol = new CaseProtocol(new Quantity(0, SiUnits.Second), new Quantity(2, SiUnits.Second),
                [new TabulatedInput("Q_in", Unit.Parse("mL/s"), "flow.csv", new string('a', 64), false, [0, 1, 2], [0, 300, 0])]),
        };

        var input = JsonNode.Parse(InputJson.Serialize(request))!["protocol"]!["inputs"]![0]!;

        Assert.Equal("tabulated", input["kind"]!.GetValue<string>());
        Assert.False(input["periodic"]!.GetValue<bool>());
        Assert.Equal(1.0, input["timesSeconds"]![1]!.GetValue<double>());
        Assert.Equal(300.0, input["values"]![1]!.GetValue<double>());
        Assert.Equal("flow.csv", input["file"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_DataTable_CarriesKeysAndColumnsAndIsValid()
    {
        var table = new ModelDataTable("connectivity", "connectivity.csv", new string('0', 64), "region", ["A", "B"],
            [new DataColumn("x0", Unit.Dimensionless, [-1.6, -2.2]), new DataColumn("w_A", Unit.Dimensionless, [0.0, 0.5])]);
        var json = JsonNode.Parse(InputJson.Serialize(Request() with { DataTables = [table] }))!;

        AssertValid(json);
        var written = json["dataTables"]![0]!;
        Assert.Equal("region", written["keyHeader"]!.GetValue<string>());
        Assert.Equal(["A", "B"], written["keys"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal("x0", written["columns"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("1", written["columns"]![0]!["unit"]!.GetValue<string>());
        Assert.Equal([-1.6, -2.2], written["columns"]![0]!["values"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public void Serialize_MisspelledField_RejectedBySchema()
    {
        var json = JsonNode.Parse(InputJson.Serialize(Request()))!.AsObject();
        json["sampleTime"] = 1;

        Assert.False(Schema.Value.Evaluate(json).IsValid);
    }

    private static SolveRequest Request() =>
        RequestFactory.Create(new CaseBuilder("input-shape").WithParameter("R", 1.0, "mmHg*s/mL").WithInitial("P", 100, "mmHg").Build(), 42);

    private static void AssertValid(JsonNode? json)
    {
        var result = Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
