using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Range checks and QoI windows in case.yaml: what loads, and what is rejected with which message.</summary>
public sealed class CaseLoaderRangeTests
{
    private const string Outputs = "    - {name: P, unit: mmHg}";

    private const string RangeOnV = """
          - id: V-range
            metric: qoi
            variable: V
            qoi: {kind: swing-fraction, window: {start: {value: 1.0, unit: s}}}
            range: {min: {value: 50, unit: "%"}, max: {value: 0.85, unit: "1"}}
        """;

    [Fact]
    public void Load_RangeOnlyVariableWithInterval_NeedsNoReferenceColumn()
    {
        var result = Load(WithV(interval: true, RangeOnV));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var check = result.Case!.Acceptance.Single(c => c.Id == "V-range");
        Assert.Equal(QoiKind.SwingFraction, check.Qoi!.Kind);
        Assert.Equal(1.0, check.Qoi.WindowStart!.Value.Value);
        Assert.Equal(50, check.Range!.Min!.Value.Value);
    }

    [Fact]
    public void Load_RangeOnlyVariableWithoutInterval_AsksForOne()
    {
        var problem = Assert.Single(Load(WithV(interval: false, RangeOnV)).Problems);

        Assert.Contains("expected outputs.interval", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeMinAboveMax_IsReported()
    {
        var yaml = WithV(interval: true, RangeOnV.Replace("{value: 50, unit: \"%\"}", "{value: 90, unit: \"%\"}", StringComparison.Ordinal));

        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("acceptance[3].range.min", problem.Field);
        Assert.Contains("no value could pass", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeWithAtol_IsRejectedBySchema()
    {
        var yaml = WithV(interval: true, RangeOnV + "\n    atol: {value: 1, unit: \"1\"}");

        Assert.False(Load(yaml).Succeeded);
    }

    [Fact]
    public void Load_RangeInTimeUnitForSwingFraction_IsNotAPureNumber()
    {
        var yaml = WithV(interval: true, RangeOnV.Replace("{value: 0.85, unit: \"1\"}", "{value: 0.85, unit: s}", StringComparison.Ordinal));

        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("acceptance[3].range.max.unit", problem.Field);
    }

    // The valid case plus an output V that only range checks read (no reference column for it).
    private static string WithV(bool interval, string check)
    {
        var outputs = Outputs + "\n    - {name: V, unit: mL}" + (interval ? "\n  interval: {value: 0.1, unit: s}" : string.Empty);
        return CaseFolderBuilder.ValidYaml.Replace(Outputs, outputs, StringComparison.Ordinal) + "\n" + check.TrimEnd();
    }

    private static CaseLoadResult Load(string yaml)
    {
        using var cases = new CaseFolderBuilder();
        return new CaseLoader().Load(cases.Write(yaml: yaml));
    }
}
