using TwinVal.Harness.Catalog;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The <c>ensemble</c> block of case.yaml: read into an <see cref="EnsembleSpec"/>, and every mistake placed at its line.</summary>
public sealed class CaseEnsembleLoaderTests
{
    private const string Ensemble = """
        ensemble:
          runs: 100
          base-seed: 1000
          sample:
            C: {distribution: normal, mean: 1.5, sd: 0.1, unit: mL/mmHg}
          checks:
            - id: P-end-moments
              test: moments
              variable: P
              qoi: {kind: final-value}
              expected-mean: {value: 26.4, unit: mmHg}
              expected-sd: {value: 1.0, unit: mmHg}
            - id: P-crosses
              test: fraction
              variable: P
              qoi: {kind: first-crossing, threshold: {value: 30, unit: mmHg}, direction: falling}
              expected-fraction: 0.9
              z: 2.5

        """;

    [Fact]
    public void Load_EnsembleBlock_IsRead()
    {
        var loaded = Load(Case(Ensemble));

        Assert.Empty(loaded.Problems);
        var spec = loaded.Case!.Ensemble!;
        Assert.Equal((100, 1000L), (spec.Runs, spec.BaseSeed));
        Assert.Equal(1099L, spec.SeedOf(99));
        var sampled = Assert.Single(spec.Sample);
        Assert.Equal("C", sampled.Name);
        Assert.Equal(new NormalDistribution(1.5, 0.1).Quantile(0.3), sampled.Distribution.Quantile(0.3));
        Assert.Equal([EnsembleTest.Moments, EnsembleTest.Fraction], spec.Checks.Select(c => c.Test));
        Assert.Equal(EnsembleCheck.DefaultMeanBound, spec.Checks[0].MeanBound);
        Assert.Equal((0.9, 2.5), (spec.Checks[1].ExpectedFraction!.Value, spec.Checks[1].Z));
        Assert.Equal(CrossingDirection.Falling, spec.Checks[1].Qoi.Direction);
    }

    [Fact]
    public void Load_EnsembleBlock_IsInTheContentHash()
    {
        var plain = Load(Case(string.Empty)).Case!.ContentHash;
        var withEnsemble = Load(Case(Ensemble)).Case!.ContentHash;

        Assert.NotEqual(plain, withEnsemble);
    }

    [Fact]
    public void Load_SampledNameThatIsNoParameter_IsAnErrorAtItsLine()
    {
        var yaml = Case(Ensemble.Replace("    C: {distribution", "    Cx: {distribution", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "Cx: {distribution"), problem.Line);
        Assert.Equal("ensemble.sample.Cx", problem.Field);
        Assert.Contains("not a parameter of the case; expected one of R, C", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExpectedMeanInTheWrongDimension_IsAnError()
    {
        var yaml = Case(Ensemble.Replace("{value: 26.4, unit: mmHg}", "{value: 26.4, unit: s}", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{value: 26.4, unit: s}"), problem.Line);
        Assert.StartsWith("ensemble.checks[0].expected-mean", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CheckIdUsedByAnAcceptanceCheck_IsAnError()
    {
        var yaml = Case(Ensemble.Replace("id: P-crosses", "id: P-final", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("ensemble.checks[1].id", problem.Field);
        Assert.Contains("already used by acceptance[2]", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expected-fraction: 0.9", "expected-fraction: 0.9\n      expected-mean: {value: 1, unit: s}")]
    [InlineData("runs: 100", "runs: 5")]
    [InlineData("{distribution: normal, mean: 1.5, sd: 0.1, unit: mL/mmHg}", "{distribution: normal, mean: 1.5, unit: mL/mmHg}")]
    public void Load_MalformedEnsemble_IsASchemaErrorInsideTheBlock(string from, string to)
    {
        var problems = Load(Case(Ensemble.Replace(from, to, StringComparison.Ordinal))).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("ensemble", p.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UniformWithMinAboveMax_IsAnErrorAtTheParameter()
    {
        var yaml = Case(Ensemble.Replace("{distribution: normal, mean: 1.5, sd: 0.1, unit: mL/mmHg}", "{distribution: uniform, min: 2, max: 1, unit: mL/mmHg}", StringComparison.Ordinal));
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal("ensemble.sample.C", problem.Field);
        Assert.StartsWith("invalid distribution", problem.Message, StringComparison.Ordinal);
    }

    private static string Case(string ensemble) =>
        CaseFolderBuilder.ValidYaml.Replace("reference:\n", ensemble + "reference:\n", StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml)
    {
        using var builder = new CaseFolderBuilder();
        return new CaseLoader().Load(builder.Write(yaml: yaml));
    }
}
