using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Running;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Evidence.Credibility;

/// <summary>Convergence, V&amp;V 20 and property checks as evidence items of their own, mapped on a small plan.</summary>
public sealed class CheckEvidenceTests
{
    private static CheckResult Check(string id, string metric, Verdict verdict) => new(id, metric, "y", 0, 1, 1, "1", verdict, "m");

    [Fact]
    public void Of_GroupsChecksByKindAndId_WithTheirFactors()
    {
        var run = new JudgedRun("c", "s", Verdict.Fail, [
            Check("y-pointwise", "pointwise", Verdict.Pass),
            Check("y-conv", "convergence:observed-order", Verdict.Pass),
            Check("y-conv", "convergence:gci-fine", Verdict.Fail),
            Check("y-vv20", ValidationJudge.Metric, Verdict.Pass),
            Check("y-mono", "property:monotone", Verdict.Pass),
        ], "m", TimeSpan.Zero, null);

        var items = CheckEvidence.Of(run);

        Assert.Equal(["convergence:y-conv", "validation:y-vv20", "property:y-mono"], items.Select(i => i.Id));
        Assert.Equal([Verdict.Fail, Verdict.Pass, Verdict.Pass], items.Select(i => i.Verdict));
        Assert.Equal([CredibilityFactor.DiscretizationError], items[0].Factors);
        Assert.Equal([CredibilityFactor.OutputComparison, CredibilityFactor.ModelForm], items[1].Factors);
        Assert.Equal([CredibilityFactor.NumericalSolverError], items[2].Factors);
    }

    [Fact]
    public void Assess_SmallPlan_PassingComparisonRaisesOutputComparisonButFailingLadderLeavesAGap()
    {
        var credibility = new CaseCredibility([CredibilityFactor.ModelInputs], Rigor.Medium, []);
        var c = new CaseBuilder("c").Build() with { Credibility = credibility };
        var run = new JudgedRun("c", "s", Verdict.Fail, [
            Check("y-conv", "convergence:gci-fine", Verdict.Fail),
            Check("y-vv20", ValidationJudge.Metric, Verdict.Pass),
        ], "m", TimeSpan.Zero, null);
        var plan = new CredibilityPlan("question", "context of use", RiskLevel.Medium, RiskLevel.Medium, [
            new FactorTarget(CredibilityFactor.OutputComparison, Rigor.Medium, "r"),
            new FactorTarget(CredibilityFactor.DiscretizationError, Rigor.Medium, "r"),
        ]);

        var evidence = CredibilityEvidence.Collect(new RunPlan([c], [], []), [run]);
        var assessment = CredibilityMapper.Assess(plan, evidence);

        Assert.Equal(["c/s", "c/s/convergence:y-conv", "c/s/validation:y-vv20"], evidence.Select(e => e.Id));
        var output = assessment.Factors.Single(f => f.Factor == CredibilityFactor.OutputComparison);
        Assert.Equal((Rigor.Medium, false), (output.Achieved, output.Gap));
        var discretization = assessment.Factors.Single(f => f.Factor == CredibilityFactor.DiscretizationError);
        Assert.Equal((Rigor.None, true), (discretization.Achieved, discretization.Gap));
        Assert.Equal(["c/s/convergence:y-conv"], discretization.FailedEvidenceIds);
        Assert.Contains("c/s", assessment.Factors.Single(f => f.Factor == CredibilityFactor.ModelInputs).FailedEvidenceIds);
    }
}
