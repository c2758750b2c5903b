using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Tests.Catalog;

namespace TwinVal.Harness.Tests.Evidence.Credibility;

/// <summary>Credibility plan files: read into <see cref="CredibilityPlan"/>, and every mistake placed at file, line and field.</summary>
public sealed class CredibilityPlanLoaderTests : IDisposable
{
    private const string ValidPlan = """
        question-of-interest: Is the afterload model accurate enough to rank device settings?
        context-of-use: Screening of settings before bench tests.
        model-influence: medium
        decision-consequence: high
        targets:
          - factor: numerical-code-verification
            target: high
            rationale: model risk 4
          - {factor: model-form, target: medium, rationale: justified against alternatives}
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "twinval-plan-tests", Guid.NewGuid().ToString("N"));

    public CredibilityPlanLoaderTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Load_ValidPlan_ReadsEveryField()
    {
        var result = CredibilityPlanLoader.Load(Write(ValidPlan));

        Assert.Empty(result.Problems);
        var plan = result.Plan!;
        Assert.Equal("Is the afterload model accurate enough to rank device settings?", plan.QuestionOfInterest);
        Assert.Equal("Screening of settings before bench tests.", plan.ContextOfUse);
        Assert.Equal((RiskLevel.Medium, RiskLevel.High), (plan.ModelInfluence, plan.DecisionConsequence));
        Assert.Equal(
            [
                new FactorTarget(CredibilityFactor.NumericalCodeVerification, Rigor.High, "model risk 4"),
                new FactorTarget(CredibilityFactor.ModelForm, Rigor.Medium, "justified against alternatives"),
            ],
            plan.Targets);
        // Influence medium (1) + consequence high (2) + 1 = level 4, a high-risk category.
        Assert.Equal((4, RiskLevel.High), (plan.Risk.Level, plan.Risk.Category));
    }

    [Fact]
    public void Load_DuplicateFactor_IsRejectedAtTheSecondTarget()
    {
        var yaml = ValidPlan.Replace("factor: model-form", "factor: numerical-code-verification", StringComparison.Ordinal);
        var path = Write(yaml);
        var result = CredibilityPlanLoader.Load(path);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "- {factor: numerical-code-verification"), problem.Line);
        Assert.Equal("targets[1].factor", problem.Field);
        Assert.Contains("already targeted by targets[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadLevel_IsASchemaErrorAtItsLine()
    {
        var yaml = ValidPlan.Replace("model-influence: medium", "model-influence: huge", StringComparison.Ordinal);
        var problem = Assert.Single(CredibilityPlanLoader.Load(Write(yaml)).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "model-influence"), problem.Line);
        Assert.Equal("model-influence", problem.Field);
        Assert.Contains("'huge'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRationaleAndUnknownField_ReportsBoth()
    {
        var yaml = ValidPlan.Replace("    rationale: model risk 4", "    reason: model risk 4", StringComparison.Ordinal);
        var problems = CredibilityPlanLoader.Load(Write(yaml)).Problems;

        Assert.NotEqual(ValidPlan, yaml);
        Assert.Contains(problems, p => p.Message.Contains("rationale", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == CaseFolderBuilder.LineOf(yaml, "reason:") && p.Message.Contains("reason", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MalformedYaml_ReportsTheYamlPosition()
    {
        var problem = Assert.Single(CredibilityPlanLoader.Load(Write("question-of-interest: [unclosed\n")).Problems);

        Assert.Contains("malformed YAML", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var path = Path.Combine(folder, "absent.yaml");
        var problem = Assert.Single(CredibilityPlanLoader.Load(path).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal("cannot read the credibility plan: no such file", problem.Message);
    }

    [Theory]
    [InlineData("cardiology.yaml")]
    [InlineData("neurology.yaml")]
    [InlineData("oncology.yaml")]
    public void Load_BundledPlan_IsValid(string name)
    {
        var result = CredibilityPlanLoader.Load(Path.Combine(CaseCatalogTests.RepositoryRoot(), "reference-cases", "plans", name));

        Assert.Empty(result.Problems);
        Assert.NotEmpty(result.Plan!.Targets);
    }

    [Fact]
    public void EmbeddedPlanSchema_IsTheRepositoryFile()
    {
        var path = Path.Combine(CaseCatalogTests.RepositoryRoot(), "reference-cases", "schema", CaseSchema.PlanFileName);
        using var stream = typeof(CaseSchema).Assembly.GetManifestResourceStream("TwinVal.Harness.Catalog." + CaseSchema.PlanFileName)!;
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(path), reader.ReadToEnd());
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(folder, "plan.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
