using System.Text.Json.Nodes;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Running;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>A credibility plan given to the runner: evidence per case × solver, assessed into credibility.json.</summary>
public sealed class ValidationRunnerCredibilityTests
{
    private static readonly CaseCredibility CodeVerification = new([CredibilityFactor.NumericalCodeVerification], Rigor.Medium, [FdaEvidenceCategory.CodeVerification]);

    private static readonly CredibilityPlan Plan = new(
        "Is the model accurate enough?",
        "Screening.",
        RiskLevel.Low,
        RiskLevel.Medium,
        [
            new FactorTarget(CredibilityFactor.NumericalCodeVerification, Rigor.Medium, "exact solution suffices"),
            new FactorTarget(CredibilityFactor.ModelForm, Rigor.Low, "plausible form"),
        ]);

    [Fact]
    public async Task RunAsync_WithPlan_WritesEvidencePerRunAndGaps()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model")
            .OnCase("broken", FakeBehaviour.Throws(new SolverException("diverged")))
            .Otherwise(FakeBehaviour.Constant(1.0));
        using var other = new FakeSolver("other", "other-model").Otherwise(FakeBehaviour.Constant(1.0));
        var plan = PlanOf([fake, other], ("good", CodeVerification), ("broken", CodeVerification), ("silent", null));

        var (_, folder) = await sandbox.StartAsync(sandbox.Settings(plan) with { Credibility = Plan }, cancellationToken: TestContext.Current.CancellationToken);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, ValidationRunner.CredibilityFileName), TestContext.Current.CancellationToken))!;
        Assert.Equal("Is the model accurate enough?", (string?)json["plan"]!["question-of-interest"]);
        Assert.Equal(2, (int)json["plan"]!["model-risk"]!["level"]!);
        Assert.False((bool)json["sufficient"]!);
        var factors = json["factors"]!.AsArray().ToDictionary(f => (string)f!["factor"]!);
        Assert.Equal(13, factors.Count);
        var ncv = factors["numerical-code-verification"]!;
        Assert.Equal(("medium", "medium", false), ((string?)ncv["target"], (string?)ncv["achieved"], (bool)ncv["gap"]!));
        // The unsupported pairs (other solver) and the case without a credibility block give no evidence at all.
        Assert.Equal(["good/fake"], ncv["evidence"]!.AsArray().Select(e => (string?)e));
        Assert.Equal(["broken/fake"], ncv["failed-evidence"]!.AsArray().Select(e => (string?)e));
        var modelForm = factors["model-form"]!;
        Assert.Equal(("low", "none", true), ((string?)modelForm["target"], (string?)modelForm["achieved"], (bool)modelForm["gap"]!));
    }

    [Fact]
    public async Task RunAsync_OnlyFailingEvidence_AchievesNothing()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Throws(new SolverException("diverged")));
        var plan = PlanOf([fake], ("broken", CodeVerification));

        var (_, folder) = await sandbox.StartAsync(sandbox.Settings(plan) with { Credibility = Plan }, cancellationToken: TestContext.Current.CancellationToken);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, ValidationRunner.CredibilityFileName), TestContext.Current.CancellationToken))!;
        var ncv = json["factors"]!.AsArray().Single(f => (string?)f!["factor"] == "numerical-code-verification")!;
        Assert.Equal("none", (string?)ncv["achieved"]);
        Assert.True((bool)ncv["gap"]!);
    }

    [Fact]
    public async Task RunAsync_WithoutPlan_WritesNoCredibilityFile()
    {
        using var sandbox = new RunnerSandbox();
        using var fake = new FakeSolver("fake", "test-model").Otherwise(FakeBehaviour.Constant(1.0));
        var plan = PlanOf([fake], ("good", CodeVerification));

        var (_, folder) = await sandbox.StartAsync(sandbox.Settings(plan), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(File.Exists(Path.Combine(folder, "run.json")));
        Assert.False(File.Exists(Path.Combine(folder, ValidationRunner.CredibilityFileName)));
    }

    private static RunPlan PlanOf(ISolver[] solvers, params (string Id, CaseCredibility? Credibility)[] cases)
    {
        var built = cases.Select(c => new CaseBuilder(c.Id).Build() with { Credibility = c.Credibility });
        var planning = Planner.Plan(built, solvers, PlanOptions.Everything);
        Assert.Empty(planning.Problems);
        return planning.Plan;
    }
}
