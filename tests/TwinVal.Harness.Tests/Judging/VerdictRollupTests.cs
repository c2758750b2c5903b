using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Judging.JudgingBuilders;

namespace TwinVal.Harness.Tests.Judging;

public sealed class VerdictRollupTests
{
    private static readonly JudgedRun[] Runs =
    [
        Judged("wk2", "rk4", Verdict.Pass),
        Judged("wk2", "cvode", Verdict.Fail),
        Judged("hh", "rk4", Verdict.Unsupported),
        Judged("hh", "cvode", Verdict.Pass),
        Judged("tumour", "rk4", Verdict.Error),
        Judged("tumour", "cvode", Verdict.Skipped),
    ];

    [Theory]
    [InlineData(new[] { Verdict.Pass, Verdict.Fail, Verdict.Error }, Verdict.Error)]
    [InlineData(new[] { Verdict.Pass, Verdict.Fail, Verdict.Unsupported }, Verdict.Fail)]
    [InlineData(new[] { Verdict.Pass, Verdict.Unsupported, Verdict.Skipped }, Verdict.Pass)]
    [InlineData(new[] { Verdict.Unsupported, Verdict.Skipped }, Verdict.Skipped)]
    [InlineData(new[] { Verdict.Unsupported }, Verdict.Unsupported)]
    [InlineData(new Verdict[0], Verdict.Skipped)]
    public void Combine_Examples_FollowPrecedence(Verdict[] verdicts, Verdict expected)
    {
        Assert.Equal(expected, VerdictRollup.Combine(verdicts));
    }

    [Property]
    public bool Combine_AnyOrder_GivesSameVerdict(Verdict[] verdicts) =>
        VerdictRollup.Combine(verdicts) == VerdictRollup.Combine(verdicts.Reverse());

    [Property]
    public bool Combine_AddingPass_NeverImprovesAFailure(Verdict[] verdicts) =>
        VerdictRollup.Combine(verdicts) is not (Verdict.Error or Verdict.Fail) ||
        VerdictRollup.Combine(verdicts.Append(Verdict.Pass)) == VerdictRollup.Combine(verdicts);

    [Fact]
    public void ByCase_Runs_CountsPerCaseInPlanOrder()
    {
        var rollups = VerdictRollup.ByCase(Runs);

        Assert.Equal(["wk2", "hh", "tumour"], rollups.Select(r => r.Key));
        Assert.Equal(new VerdictRollup("wk2", 1, 1, 0, 0, 0, Verdict.Fail), rollups[0]);
        Assert.Equal(new VerdictRollup("hh", 1, 0, 0, 1, 0, Verdict.Pass), rollups[1]);
        Assert.Equal(new VerdictRollup("tumour", 0, 0, 1, 0, 1, Verdict.Error), rollups[2]);
    }

    [Fact]
    public void BySolver_Runs_CountsPerSolver()
    {
        var rollups = VerdictRollup.BySolver(Runs);

        Assert.Equal(new VerdictRollup("rk4", 1, 0, 1, 1, 0, Verdict.Error), rollups[0]);
        Assert.Equal(new VerdictRollup("cvode", 1, 1, 0, 0, 1, Verdict.Fail), rollups[1]);
        Assert.Equal(3, rollups[1].Total);
    }

    [Fact]
    public void ByDomain_Runs_GroupsCasesOfOneDomain()
    {
        var domains = new Dictionary<string, Domain> { ["wk2"] = Domain.Cardiology, ["hh"] = Domain.Neurology, ["tumour"] = Domain.Neurology };

        var rollups = VerdictRollup.ByDomain(Runs, domains);

        Assert.Equal(["cardiology", "neurology"], rollups.Select(r => r.Key));
        Assert.Equal(new VerdictRollup("neurology", 1, 0, 1, 1, 1, Verdict.Error), rollups[1]);
    }

    [Fact]
    public void ByDomain_CaseWithoutDomain_ThrowsNamingCase()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => VerdictRollup.ByDomain(Runs, new Dictionary<string, Domain>()).ToArray());

        Assert.Contains("'wk2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AllRuns_IsOverallVerdict()
    {
        var all = VerdictRollup.Of("all", Runs);

        Assert.Equal(Verdict.Error, all.Overall);
        Assert.Equal(6, all.Total);
    }
}
