using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Input signals, QoI rules and odd YAML: what loads, and what is rejected with which message.</summary>
public sealed class CaseLoaderInputTests
{
    private const string ConstantInput = "    - {name: Q_in, kind: constant, value: 0.0, unit: mL/s}";

    [Fact]
    public void Load_EveryInputKind_BuildsTheMatchingSignal()
    {
        var result = Load(Inputs(
            "    - {name: A, kind: step, unit: mL/s, before: 0, after: 5, onset: {value: 100, unit: ms}}",
            "    - {name: B, kind: pulse, unit: uA/cm^2, baseline: 0, amplitude: 10, onset: {value: 0.1, unit: s}, duration: {value: 2, unit: ms}, period: {value: 1, unit: s}, count: 2}",
            "    - {name: C, kind: sine, unit: mmHg, mean: 90, amplitude: 10, frequency: {value: 72, unit: 1/min}, phase: 0.5}"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var inputs = result.Case!.Protocol.Inputs;
        var step = Assert.IsType<StepInput>(inputs[0]);
        Assert.Equal(5.0, step.ValueAt(0.1));
        var pulse = Assert.IsType<PulseInput>(inputs[1]);
        Assert.Equal(2, pulse.Count);
        Assert.Equal(Unit.Parse("µA/cm²"), pulse.Unit);
        var sine = Assert.IsType<SineInput>(inputs[2]);
        Assert.Equal(1.2, sine.Frequency.In(SiUnits.Hertz), 1e-12);
        Assert.Equal(0.5, sine.PhaseRadians);
    }

    [Fact]
    public void Load_SineFrequencyInSeconds_IsNotAFrequency()
    {
        var problem = Assert.Single(Load(Inputs("    - {name: C, kind: sine, unit: mmHg, mean: 90, amplitude: 10, frequency: {value: 1, unit: s}}")).Problems);
        Assert.Equal("protocol.inputs[0].frequency.unit", problem.Field);
        Assert.Contains("not a frequency (1/time)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StepOnsetInMillilitres_IsNotATime()
    {
        var problem = Assert.Single(Load(Inputs("    - {name: A, kind: step, unit: mL/s, before: 0, after: 5, onset: {value: 1, unit: mL}}")).Problems);
        Assert.Equal("protocol.inputs[0].onset.unit", problem.Field);
    }

    [Fact]
    public void Load_StepWithoutOnset_ReportsTheRuleOfStepInputs()
    {
        var problem = Assert.Single(Load(Inputs("    - {name: A, kind: step, unit: mL/s, before: 0, after: 5}")).Problems);
        Assert.Equal("protocol.inputs[0].onset", problem.Field);
        Assert.Contains("a step input takes name, kind, unit, before, after and onset", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PulseCountWithoutPeriod_IsAWarningAndTheCaseLoads()
    {
        var result = Load(Inputs("    - {name: B, kind: pulse, unit: mL/s, baseline: 0, amplitude: 1, onset: {value: 0, unit: s}, duration: {value: 1, unit: s}, count: 3}"));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("protocol.inputs[0].count", warning.Field);
    }

    [Fact]
    public void Load_NegativeDuration_IsRejectedBySchema()
    {
        var problem = Assert.Single(Load(Inputs("    - {name: B, kind: pulse, unit: mL/s, baseline: 0, amplitude: 1, onset: {value: 0, unit: s}, duration: {value: -1, unit: s}}")).Problems);
        Assert.Equal("protocol.inputs[0].duration.value", problem.Field);
        Assert.Contains("expected a value > 0, found the number -1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueAtTimeWithoutAt_AsksForAt()
    {
        var problem = Assert.Single(Load(Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: value-at-time}", StringComparison.Ordinal)).Problems);
        Assert.Equal("acceptance[2].qoi.at", problem.Field);
        Assert.Contains("value-at-time needs 'at'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AucWithWindow_IsReadWithTimeEdges()
    {
        var yaml = Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: auc, window: {start: {value: 0.1, unit: s}, end: {value: 200, unit: ms}}}", StringComparison.Ordinal)
            .Replace("atol: {value: 1.0e-3, unit: kPa}", "atol: {value: 1.0e-3, unit: mmHg*s}", StringComparison.Ordinal);
        var result = Load(yaml);

        Assert.Empty(result.Problems);
        var qoi = result.Case!.Acceptance[2].Qoi!;
        Assert.Equal((QoiKind.Auc, 0.1, 0.2), (qoi.Kind, qoi.WindowStart!.Value.In(Unit.Parse("s")), qoi.WindowEnd!.Value.In(Unit.Parse("s"))));
    }

    [Fact]
    public void Load_AucToleranceWithoutTime_IsRejectedAtAtol()
    {
        var yaml = Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: auc}", StringComparison.Ordinal);
        var problem = Assert.Single(Load(yaml).Problems);
        Assert.StartsWith("acceptance[2].atol", problem.Field, StringComparison.Ordinal);
        Assert.Contains("× time", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RetiredAucFromField_IsRejectedBySchema()
    {
        // The window is `window: {start, end}` for every QoI; a stray `from` is an unknown field, not silently ignored.
        var yaml = Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: final-value, from: {value: 0.1, unit: s}}", StringComparison.Ordinal);
        Assert.Contains(Load(yaml).Problems, p => p.Field?.StartsWith("acceptance[2].qoi", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Load_ThresholdInWrongUnit_IsRejected()
    {
        var yaml = Yaml.Replace("qoi: {kind: final-value}", "qoi: {kind: first-crossing, threshold: {value: 50, unit: mL}, direction: falling}", StringComparison.Ordinal)
            .Replace("atol: {value: 1.0e-3, unit: kPa}", "atol: {value: 1.0e-3, unit: s}", StringComparison.Ordinal);
        var problem = Assert.Single(Load(yaml).Problems);
        Assert.Equal("acceptance[2].qoi.threshold.unit", problem.Field);
    }

    [Fact]
    public void Load_NormCheckWithAtol_SaysNormsTakeALimit()
    {
        var yaml = Yaml.Replace("limit: {value: 1.0e-7, unit: \"1\"}", "limit: {value: 1.0e-7, unit: \"1\"}\n    atol: {value: 1, unit: mmHg}", StringComparison.Ordinal);
        var problem = Assert.Single(Load(yaml).Problems);
        Assert.Equal("acceptance[1].atol", problem.Field);
        Assert.Contains("norm checks (max-abs, rmse, rel-l2, rel-linf) need a limit and take no atol or rtol", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UpperCaseHash_DescribesTheExpectedForm()
    {
        var problem = Assert.Single(Load(Yaml.Replace("{sha}", new string('A', 64), StringComparison.Ordinal)).Problems);
        Assert.Equal("reference.files[0].sha256", problem.Field);
        Assert.Contains("64 lower-case hex digits", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadNamesAndTags_QuoteTheTextAndTheRule()
    {
        var yaml = Yaml.Replace("R: {value", "R-1: {value", StringComparison.Ordinal).Replace("tags: [windkessel]", "tags: [Windkessel]", StringComparison.Ordinal);
        var problems = Load(yaml).Problems;

        Assert.Equal(2, problems.Length);
        Assert.Equal("tags[0]", problems[0].Field);
        Assert.Contains("'Windkessel' does not have the expected form: A tag in lower-case kebab case", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("parameters.R-1", problems[1].Field);
        Assert.Contains("the name 'R-1' does not have the expected form: An identifier", problems[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("- a\n- b\n", "expected a mapping, found a list")]
    [InlineData("id: a\n---\nid: b\n", "expected one YAML document")]
    [InlineData("id: a\nid: b\n", "malformed YAML")]
    public void Load_OddYaml_IsReportedNotThrown(string yaml, string expected)
    {
        var result = Load(yaml);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    private static string Yaml => CaseFolderBuilder.ValidYaml;

    private static string Inputs(params string[] lines) => Yaml.Replace(ConstantInput, string.Join("\n", lines), StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml)
    {
        using var cases = new CaseFolderBuilder();
        return new CaseLoader().Load(cases.Write(yaml: yaml));
    }
}
