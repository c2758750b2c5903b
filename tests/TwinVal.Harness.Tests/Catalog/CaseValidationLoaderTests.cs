using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The <c>validation</c> block of case.yaml: read into a ValidationSpec, and every mistake placed at its line.</summary>
public sealed class CaseValidationLoaderTests
{
    private const string Validation = """
        validation:
          input-uncertainty:
            method: latin-hypercube
            samples: 8
            seed: 11
            parameters:
              C: {distribution: uniform, min: 1.4, max: 1.6, unit: mL/mmHg}
          comparisons:
            - id: P-end-vv20
              variable: P
              qoi: {kind: final-value}
              datum: {value: 26.0, u: 0.5, unit: mmHg, citation: "bench measurement, Table 2"}
              u-num: {value: {value: 0.01, unit: mmHg}, justification: rtol 1e-10}
              criterion: {k: 2.5, clinical-tolerance: {value: 5, unit: mmHg}}

        """;

    [Fact]
    public void Load_ValidationBlock_IsRead()
    {
        var loaded = Load(Case(Validation));

        Assert.Empty(loaded.Problems);
        var spec = loaded.Case!.Validation!;
        var inputs = spec.Inputs!;
        Assert.Equal((SamplingMethod.LatinHypercube, 8, 11UL), (inputs.Method, inputs.Samples, inputs.Seed));
        Assert.Equal("C", Assert.Single(inputs.Parameters).Name);
        var c = Assert.Single(spec.Comparisons);
        Assert.Equal(("P-end-vv20", "P", QoiKind.FinalValue), (c.Id, c.Variable, c.Qoi.Kind));
        Assert.Equal((26.0, 0.5, "mmHg"), (c.Datum.Value, c.DatumUncertainty.Value, c.Datum.Unit.Symbol));
        Assert.Equal("bench measurement, Table 2", c.DatumCitation);
        Assert.Equal(0.01, c.Numerical.Declared!.Value.Value);
        Assert.Null(c.Numerical.ConvergenceCheck);
        Assert.Equal((2.5, 5.0), (c.CoverageFactor, c.ClinicalTolerance!.Value.Value));
    }

    [Fact]
    public void Load_NoCriterion_DefaultsToKTwoWithoutTolerance()
    {
        var c = Load(Case(Validation.Replace("      criterion: {k: 2.5, clinical-tolerance: {value: 5, unit: mmHg}}\n", string.Empty, StringComparison.Ordinal)))
            .Case!.Validation!.Comparisons[0];

        Assert.Equal((2.0, null), (c.CoverageFactor, c.ClinicalTolerance));
    }

    [Fact]
    public void Load_DatumInTheWrongDimension_IsAnErrorAtItsLine()
    {
        var yaml = Case(Validation.Replace("u: 0.5, unit: mmHg", "u: 0.5, unit: s", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "u: 0.5, unit: s"), problem.Line);
        Assert.StartsWith("validation.comparisons[0].datum", problem.Field, StringComparison.Ordinal);
        Assert.Contains("is not compatible with the unit of 'P'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UncertainInputThatIsNoParameter_IsAnErrorAtItsLine()
    {
        var yaml = Case(Validation.Replace("      C: {distribution", "      Cx: {distribution", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "Cx: {distribution"), problem.Line);
        Assert.Equal("validation.input-uncertainty.parameters.Cx", problem.Field);
        Assert.Contains("not a parameter of the case; expected one of R, C", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GciSourceThatIsNoConvergenceCheck_IsAnErrorAtItsLine()
    {
        var yaml = Case(Validation.Replace(
            "u-num: {value: {value: 0.01, unit: mmHg}, justification: rtol 1e-10}",
            "u-num: {convergence-check: P-final, gci-divisor: 1.25, justification: GCI over Fs}",
            StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "convergence-check: P-final"), problem.Line);
        Assert.StartsWith("validation.comparisons[0].u-num.convergence-check", problem.Field, StringComparison.Ordinal);
        Assert.Contains("'P-final' is not a convergence check of the case; the case has no convergence checks", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ComparisonIdUsedByAnAcceptanceCheck_IsAnError()
    {
        var problem = Assert.Single(Load(Case(Validation.Replace("id: P-end-vv20", "id: P-final", StringComparison.Ordinal))).Problems);

        Assert.Equal("validation.comparisons[0].id", problem.Field);
        Assert.Contains("already used by acceptance[2]", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples: 8", "samples: 1")]
    [InlineData("method: latin-hypercube", "method: sobol")]
    [InlineData("citation: \"bench measurement, Table 2\"", "citation: \"\"")]
    [InlineData("justification: rtol 1e-10}", "justification: rtol 1e-10, convergence-check: P-final}")]
    [InlineData("u: 0.5,", "u: -0.5,")]
    public void Load_MalformedValidation_IsASchemaErrorInsideTheBlock(string from, string to)
    {
        var problems = Load(Case(Validation.Replace(from, to, StringComparison.Ordinal))).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("validation", p.Field, StringComparison.Ordinal));
    }

    private static string Case(string validation) =>
        CaseFolderBuilder.ValidYaml.Replace("reference:\n", validation + "reference:\n", StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml)
    {
        using var builder = new CaseFolderBuilder();
        return new CaseLoader().Load(builder.Write(yaml: yaml));
    }
}
