using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Planning;

public sealed class PlannerTests
{
    private static readonly ReferenceCase[] Cases =
    [
        new CaseBuilder("wk3-ejection").ForModel("windkessel3").InTier(Tier.Continuous).Build(),
        new CaseBuilder("hh-spike").ForModel("hodgkin-huxley").InTier(Tier.Nightly).Build(),
        new CaseBuilder("wk2-decay").ForModel("windkessel2").Build(),
    ];

    private static readonly ISolver[] Solvers =
    [
        new FakeSolver("wk-rk4", "windkessel2", "windkessel3"),
        new FakeSolver("hh-cvode", "hodgkin-huxley"),
    ];

    [Fact]
    public void Plan_Everything_IsCaseMajorOrderedByIds()
    {
        var result = Planner.Plan(Cases, Solvers, PlanOptions.Everything);

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["hh-spike/hh-cvode", "hh-spike/wk-rk4", "wk2-decay/hh-cvode", "wk2-decay/wk-rk4", "wk3-ejection/hh-cvode", "wk3-ejection/wk-rk4"],
            result.Plan.Runs.Select(r => $"{r.Case.Id}/{r.Solver.Id}"));
        Assert.Equal([0, 1, 2, 3, 4, 5], result.Plan.Runs.Select(r => r.Index));
        Assert.Equal(["hh-spike", "wk2-decay", "wk3-ejection"], result.Plan.Cases.Select(c => c.Id));
        Assert.Equal(["hh-cvode", "wk-rk4"], result.Plan.Solvers.Select(s => s.Id));
    }

    [Fact]
    public void Plan_SolverLacksModel_RunIsPlannedUnsupported()
    {
        var result = Planner.Plan(Cases, Solvers, PlanOptions.Everything);

        Assert.Equal([true, false, false, true, false, true], result.Plan.Runs.Select(r => r.Supported));
    }

    [Fact]
    public void Plan_SolverIdFilter_KeepsOnlyNamedSolvers()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions(SolverIds: ["wk-rk4"]));

        Assert.All(result.Plan.Runs, r => Assert.Equal("wk-rk4", r.Solver.Id));
        Assert.Equal(3, result.Plan.Runs.Length);
    }

    [Fact]
    public void Plan_UnknownSolverId_ErrorListsAvailableIds()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions(SolverIds: ["wk-rk4,wk-euler"]));

        var problem = Assert.Single(result.Problems);
        Assert.True(result.HasErrors);
        Assert.Equal("<command line>", problem.File);
        Assert.Equal("--solvers", problem.Field);
        Assert.Equal("unknown solver 'wk-euler'; available solvers: hh-cvode, wk-rk4", problem.Message);
        Assert.Empty(result.Plan.Runs);
    }

    [Theory]
    [InlineData(Tier.Smoke, new[] { "wk2-decay" })]
    [InlineData(Tier.Continuous, new[] { "wk2-decay", "wk3-ejection" })]
    [InlineData(Tier.Nightly, new[] { "hh-spike", "wk2-decay", "wk3-ejection" })]
    public void Plan_TierCeiling_SelectsThatTierAndCheaper(Tier ceiling, string[] expected)
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions(TierCeiling: ceiling));

        Assert.Equal(expected, result.Plan.Cases.Select(c => c.Id));
    }

    [Fact]
    public void Plan_PatternAndTierCeiling_Intersect()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions("wk*", TierCeiling: Tier.Smoke));

        Assert.Equal(["wk2-decay"], result.Plan.Cases.Select(c => c.Id));
    }

    [Fact]
    public void Plan_TermSelectingNothing_WarnsButPlansTheRest()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions("wk2-*,nope-*"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("'nope-*' selects no case", problem.Message, StringComparison.Ordinal);
        Assert.False(result.HasErrors);
        Assert.Equal(["wk2-decay"], result.Plan.Cases.Select(c => c.Id));
    }

    [Fact]
    public void Plan_NothingSelected_IsAnError()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions("hh-*", TierCeiling: Tier.Smoke));

        Assert.True(result.HasErrors);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("no case selected up to tier smoke", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_BadPattern_ReturnsProblemsAndEmptyPlan()
    {
        var result = Planner.Plan(Cases, Solvers, new PlanOptions("domain:heart"));

        Assert.True(result.HasErrors);
        Assert.Empty(result.Plan.Runs);
    }
}
