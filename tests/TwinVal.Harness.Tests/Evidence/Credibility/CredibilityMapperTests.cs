using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Convergence;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Tests.Evidence.Credibility;

public sealed class CredibilityMapperTests
{
    private static readonly CredibilityPlan Plan = new(
        "Does the device keep mean arterial pressure within 10 mmHg of target?",
        "Windkessel model predicts aortic pressure for a bench-validated pump setting",
        RiskLevel.Medium,
        RiskLevel.High,
        [
            new(CredibilityFactor.NumericalCodeVerification, Rigor.High, "order of accuracy against exact solutions"),
            new(CredibilityFactor.DiscretizationError, Rigor.Medium, "GCI below 1 % at the used step"),
            new(CredibilityFactor.OutputComparison, Rigor.Medium, "V&V 20 comparison with bench data"),
        ]);

    private static readonly EvidenceItem[] Evidence =
    [
        new("wk2-decay/rk4", "wk2-decay", CaseKind.CodeVerification, [CredibilityFactor.NumericalCodeVerification], Rigor.High, Verdict.Pass),
        new("wk2-decay/euler", "wk2-decay", CaseKind.CodeVerification, [CredibilityFactor.NumericalCodeVerification], Rigor.Medium, Verdict.Fail),
        new("wk2-ladder/rk4", "wk2-ladder", CaseKind.SolutionVerification, [CredibilityFactor.DiscretizationError, CredibilityFactor.NumericalSolverError], Rigor.Medium, Verdict.Pass,
            Convergence: GridConvergence.Analyze([new(0.1, 1.01), new(0.2, 1.04), new(0.4, 1.16)], new ConvergenceCriterion(ExpectedOrder: 2))),
        new("wk2-bench/rk4", "wk2-bench", CaseKind.ClinicalReference, [CredibilityFactor.OutputComparison], Rigor.High, Verdict.Pass,
            Convergence: GridConvergence.Analyze([new(0.1, 1.0), new(0.2, 1.1), new(0.4, 0.7)], new ConvergenceCriterion(ExpectedOrder: 2))),
    ];

    [Fact]
    public void Assess_HandMadeEvidence_GivesAchievementsAndGaps()
    {
        var assessment = CredibilityMapper.Assess(Plan, Evidence);

        Assert.Equal(13, assessment.Factors.Length);
        Assert.Equal(4, assessment.Risk.Level);

        var code = Factor(assessment, CredibilityFactor.NumericalCodeVerification);
        Assert.Equal(Rigor.High, code.Achieved);
        Assert.False(code.Gap);
        Assert.Equal(["wk2-decay/rk4"], code.EvidenceIds);
        Assert.Equal(["wk2-decay/euler"], code.FailedEvidenceIds);

        var discretization = Factor(assessment, CredibilityFactor.DiscretizationError);
        Assert.Equal(Rigor.Medium, discretization.Achieved);
        Assert.False(discretization.Gap);

        // The run passed, but its attached convergence study oscillates: the evidence is void and the target is missed.
        var output = Factor(assessment, CredibilityFactor.OutputComparison);
        Assert.Equal(Rigor.None, output.Achieved);
        Assert.True(output.Gap);
        Assert.Equal(["wk2-bench/rk4"], output.FailedEvidenceIds);
        Assert.Contains("falls short of target medium", output.Explanation, StringComparison.Ordinal);

        var solver = Factor(assessment, CredibilityFactor.NumericalSolverError);
        Assert.Equal(Rigor.None, solver.Target);
        Assert.Equal(Rigor.Medium, solver.Achieved);
        Assert.Contains("no target", solver.Explanation, StringComparison.Ordinal);

        Assert.False(assessment.Sufficient);
        Assert.Equal([CredibilityFactor.OutputComparison], assessment.Gaps.Select(g => g.Factor));
    }

    [Fact]
    public void Assess_DuplicateTarget_Throws()
    {
        var plan = Plan with { Targets = [.. Plan.Targets, new FactorTarget(CredibilityFactor.DiscretizationError, Rigor.High, "again")] };

        var error = Assert.Throws<ArgumentException>(() => CredibilityMapper.Assess(plan, Evidence));

        Assert.Contains("discretization-error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Assessment_HasCredibilityJsonShape()
    {
        var json = CredibilityJson.Serialize(CredibilityMapper.Assess(Plan, Evidence));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("medium", root.GetProperty("plan").GetProperty("model-influence").GetString());
        Assert.Equal(4, root.GetProperty("plan").GetProperty("model-risk").GetProperty("level").GetInt32());
        Assert.Equal("high", root.GetProperty("plan").GetProperty("model-risk").GetProperty("category").GetString());
        Assert.False(root.GetProperty("sufficient").GetBoolean());
        var factors = root.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal(13, factors.Count);
        Assert.Equal("software-quality-assurance", factors[0].GetProperty("factor").GetString());
        var output = factors.Single(f => f.GetProperty("factor").GetString() == "output-comparison");
        Assert.Equal("validation", output.GetProperty("activity").GetString());
        Assert.Equal("medium", output.GetProperty("target").GetString());
        Assert.Equal("none", output.GetProperty("achieved").GetString());
        Assert.True(output.GetProperty("gap").GetBoolean());
        Assert.Equal(["wk2-bench/rk4"], output.GetProperty("failed-evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("V&V 20", json, StringComparison.Ordinal);
    }

    private static FactorAssessment Factor(CredibilityAssessment assessment, CredibilityFactor factor) =>
        assessment.Factors.Single(f => f.Factor == factor);
}
