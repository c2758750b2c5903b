using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>Small builders for comparison inputs, checks, cases and solver outputs used by these tests.</summary>
internal static class ComparisonBuilders
{
    public static Unit U(string symbol) => Unit.Parse(symbol);

    public static Quantity Q(double value, string unit) => new(value, U(unit));

    public static Series S(string name, string unit, params double[] values) => new(name, U(unit), [.. values]);

    public static ComparisonInput Input(double[] time, double[] reference, double[] solution, string unit = "mmHg") =>
        new(S("t", "s", time), S("P", unit, reference), S("P", unit, solution), GridAligner.OnGrid);

    public static AcceptanceCheck Check(
        MetricKind metric,
        Quantity? atol = null,
        double rtol = 0.0,
        Quantity? limit = null,
        QoiSpec? qoi = null,
        Quantity? expected = null,
        string variable = "P") =>
        new($"{variable}-{metric}", metric, variable, atol, rtol, limit, qoi, expected);

    public static SeriesTable Table(string timeUnit, double[] time, params Series[] columns) =>
        new(S("t", timeUnit, time), [.. columns]);

    public static SolverOutput Output(SeriesTable table) => new(table, [], SolverDiagnostics.None);

    public static double[] Grid(double start, double step, int count) =>
        [.. Enumerable.Range(0, count).Select(i => start + (i * step))];

    public static ReferenceCase Case(SeriesTable reference, params AcceptanceCheck[] checks) => new()
    {
        Id = "wk2-test",
        Title = "Test case",
        Domain = Domain.Cardiology,
        Kind = CaseKind.CodeVerification,
        Tier = Tier.Smoke,
        Model = new ModelRef("windkessel2", "1"),
        Purpose = "tests the comparison stage",
        Protocol = new CaseProtocol(Q(0, "s"), Q(reference.Time.Values[^1], reference.Time.Unit.Symbol), []),
        Outputs = new OutputSpec([.. reference.Columns.Select(c => new OutputVariable(c.Name, c.Unit))], null),
        Reference = new ReferenceData(ReferenceClass.Analytic, "closed form", [new ReferenceTable("reference.csv", "0", reference)]),
        Acceptance = [.. checks],
        FolderPath = "/cases/wk2-test",
        ContentHash = "0",
    };

    public static SolveRequest Request(ReferenceCase referenceCase) => new(
        referenceCase.Id,
        referenceCase.Model,
        [],
        [],
        referenceCase.Protocol,
        new OutputRequest(
            referenceCase.Outputs.Variables,
            referenceCase.Reference.Tables[0].Data.Time.Unit,
            referenceCase.Reference.Tables[0].Data.Time.Values),
        NumericsSettings.Default,
        Seed: 1);
}
