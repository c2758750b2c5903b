using TwinVal.Harness.Catalog;
using TwinVal.Harness.Properties;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The <c>parameter-ranges</c> and <c>properties</c> blocks of case.yaml: read, and every mistake placed at its line.</summary>
public sealed class CasePropertyLoaderTests
{
    private const string Ranges = "parameter-ranges:\n  R: {min: 0.5, max: 2.0, unit: mmHg*s/mL, scale: log}\n  P: {min: 50, max: 150, unit: mmHg}\n";

    private const string Properties = "properties:\n  - id: P-bounded\n    kind: bounds\n    variable: P\n    min: {value: 0, unit: mmHg}\n    max: {value: 200, unit: mmHg}\n";

    [Fact]
    public void Load_RangesAndProperty_AreRead()
    {
        var loaded = Load(Case(Ranges, Properties));

        Assert.Empty(loaded.Problems);
        var ranges = loaded.Case!.ParameterRanges;
        Assert.Equal(["R", "P"], ranges.Select(r => r.Name));
        Assert.Equal(RangeScale.Log, ranges[0].Scale);
        Assert.Equal(RangeScale.Linear, ranges[1].Scale);
        Assert.Equal((0.5, 2.0, "mmHg*s/mL"), (ranges[0].Min, ranges[0].Max, ranges[0].Unit.Symbol));
        var spec = Assert.Single(loaded.Case.Properties);
        Assert.Equal((PropertyKind.Bounds, "P", 0.0, 200.0), (spec.Kind, spec.Variable, spec.Min!.Value.Value, spec.Max!.Value.Value));
    }

    [Fact]
    public void Load_EmptyRange_IsAnErrorAtItsMax()
    {
        var yaml = Case(Ranges.Replace("{min: 50, max: 150", "{min: 150, max: 50", StringComparison.Ordinal), Properties);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{min: 150, max: 50"), problem.Line);
        Assert.Equal("parameter-ranges.P.max", problem.Field);
        Assert.Contains("must be greater than min", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeOfUnknownParameter_IsAnErrorNamingIt()
    {
        var yaml = Case(Ranges + "  L: {min: 1, max: 2, unit: mmHg*s^2/mL}\n", Properties);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "L: {min: 1"), problem.Line);
        Assert.Equal("parameter-ranges.L", problem.Field);
        Assert.Contains("'L' is neither a parameter nor an initial value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeInIncompatibleUnit_IsAnErrorAtItsUnit()
    {
        var yaml = Case(Ranges.Replace("max: 150, unit: mmHg", "max: 150, unit: mL", StringComparison.Ordinal), Properties);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "unit: mL}"), problem.Line);
        Assert.Equal("parameter-ranges.P.unit", problem.Field);
        Assert.Contains("not compatible with the unit of P, 'mmHg'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1.0")]
    public void Load_LogRangeWithMinNotPositive_IsAnErrorAtItsMin(string min)
    {
        var yaml = Case(Ranges.Replace("{min: 0.5,", $"{{min: {min},", StringComparison.Ordinal), Properties);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "scale: log"), problem.Line);
        Assert.Equal("parameter-ranges.R.min", problem.Field);
        Assert.Contains("log-scale range needs min > 0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeExcludingTheCaseValue_IsAnError()
    {
        var yaml = Case(Ranges.Replace("{min: 50, max: 150", "{min: 110, max: 150", StringComparison.Ordinal), Properties);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("parameter-ranges.P", problem.Field);
        Assert.Contains("own value 100 mmHg lies outside the range [110, 150]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PropertyOfUndeclaredVariable_IsAnErrorAtItsVariable()
    {
        var yaml = Case(Ranges, Properties.Replace("variable: P", "variable: Q", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "variable: Q"), problem.Line);
        Assert.Equal("properties[0].variable", problem.Field);
        Assert.Contains("'Q' is not one of outputs.variables", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PropertyIdClashingWithAcceptance_IsAnError()
    {
        var yaml = Case(Ranges, Properties.Replace("id: P-bounded", "id: P-final", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("properties[0].id", problem.Field);
        Assert.Contains("already used", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BoundsWithoutLimits_IsASchemaErrorAtTheProperty()
    {
        var yaml = Case(Ranges, "properties:\n  - id: P-bounded\n    kind: bounds\n    variable: P\n");
        var problems = Load(yaml).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("properties[0]", p.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownModelProperty_IsAnErrorNamingTheRegisteredOnes()
    {
        var yaml = Case(Ranges, "properties:\n  - id: P-model\n    kind: model\n    name: no-such-law\n");
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "name: no-such-law"), problem.Line);
        Assert.Contains("registers no property 'no-such-law'", problem.Message, StringComparison.Ordinal);
    }

    private static string Case(string ranges, string properties) =>
        CaseFolderBuilder.ValidYaml.Replace("reference:\n", ranges + properties + "reference:\n", StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml)
    {
        using var builder = new CaseFolderBuilder();
        return new CaseLoader().Load(builder.Write(yaml: yaml));
    }
}
