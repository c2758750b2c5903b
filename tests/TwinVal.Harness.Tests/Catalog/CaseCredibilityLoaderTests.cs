using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The optional <c>credibility</c> block of case.yaml: read into the model, and every mistake placed at its line.</summary>
public sealed class CaseCredibilityLoaderTests
{
    private const string Anchor = "reference:\n";

    [Fact]
    public void Load_CredibilityBlock_IsReadIntoTheCase()
    {
        var yaml = WithBlock("""
            credibility:
              factors: [numerical-code-verification, discretization-error]
              demonstrates: medium
              fda-evidence: [code-verification, calculation-verification]

            """);
        var loaded = Load(yaml, out _);

        Assert.Empty(loaded.Problems);
        var credibility = loaded.Case!.Credibility!;
        Assert.Equal([CredibilityFactor.NumericalCodeVerification, CredibilityFactor.DiscretizationError], credibility.Factors);
        Assert.Equal(Rigor.Medium, credibility.Demonstrates);
        Assert.Equal([FdaEvidenceCategory.CodeVerification, FdaEvidenceCategory.CalculationVerification], credibility.FdaEvidence);
    }

    [Fact]
    public void Load_NoCredibilityBlock_LeavesItNull()
    {
        var loaded = Load(CaseFolderBuilder.ValidYaml, out _);

        Assert.Empty(loaded.Problems);
        Assert.Null(loaded.Case!.Credibility);
    }

    [Fact]
    public void Load_WithoutFdaEvidence_HasNoCategories()
    {
        var loaded = Load(WithBlock("credibility: {factors: [use-error], demonstrates: low}\n"), out _);

        Assert.Empty(loaded.Problems);
        Assert.Empty(loaded.Case!.Credibility!.FdaEvidence);
    }

    [Fact]
    public void Load_UnknownFactor_IsASchemaErrorAtItsLine()
    {
        var yaml = WithBlock("credibility:\n  factors: [numerical-code-verificaton]\n  demonstrates: low\n");
        var problem = Assert.Single(Load(yaml, out var folder).Problems);

        Assert.Equal(Path.Combine(folder, "case.yaml"), problem.File);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "verificaton"), problem.Line);
        Assert.Equal("credibility.factors[0]", problem.Field);
        Assert.Contains("numerical-code-verification", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingDemonstrates_NamesTheField()
    {
        var yaml = WithBlock("credibility:\n  factors: [use-error]\n");
        var problem = Assert.Single(Load(yaml, out _).Problems);

        Assert.Contains("demonstrates", problem.Message, StringComparison.Ordinal);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "credibility:"), problem.Line);
    }

    [Fact]
    public void Load_DuplicateFactor_IsRejectedAtTheSecondOccurrence()
    {
        var yaml = WithBlock("credibility:\n  factors:\n    - use-error\n    - numerical-solver-error\n    - use-error\n  demonstrates: low\n");
        var loaded = Load(yaml, out _);

        Assert.Null(loaded.Case);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "- numerical-solver-error") + 1, problem.Line);
        Assert.Equal("credibility.factors[2]", problem.Field);
        Assert.Equal("'use-error' is already listed at credibility.factors[0]", problem.Message);
    }

    [Fact]
    public void Load_CodeVerificationClaimingValidationFactor_IsRejected()
    {
        var yaml = WithBlock("credibility:\n  factors: [numerical-code-verification, model-form]\n  demonstrates: medium\n");
        var loaded = Load(yaml, out _);

        Assert.Null(loaded.Case);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "model-form"), problem.Line);
        Assert.Equal("credibility.factors[1]", problem.Field);
        Assert.Contains("a code-verification case is evidence for verification factors only; 'model-form' is a validation factor", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CodeVerificationClaimingInVivoValidation_IsRejected()
    {
        var yaml = WithBlock("credibility:\n  factors: [numerical-code-verification]\n  demonstrates: medium\n  fda-evidence: [code-verification, in-vivo-validation]\n");
        var problem = Assert.Single(Load(yaml, out _).Problems);

        Assert.Equal("credibility.fda-evidence[1]", problem.Field);
        Assert.Contains("not 'in-vivo-validation'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BenchmarkClaimingOutputComparison_IsAccepted()
    {
        var yaml = WithBlock("credibility:\n  factors: [output-comparison, relevance-of-quantities-of-interest]\n  demonstrates: low\n  fda-evidence: [bench-validation]\n")
            .Replace("kind: code-verification", "kind: benchmark", StringComparison.Ordinal);
        var loaded = Load(yaml, out _);

        Assert.Empty(loaded.Problems);
        Assert.Equal(2, loaded.Case!.Credibility!.Factors.Length);
    }

    private static string WithBlock(string block) =>
        CaseFolderBuilder.ValidYaml.Replace(Anchor, block + Anchor, StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml, out string folder)
    {
        using var builder = new CaseFolderBuilder();
        folder = builder.Write(yaml: yaml);
        return new CaseLoader().Load(folder);
    }
}
