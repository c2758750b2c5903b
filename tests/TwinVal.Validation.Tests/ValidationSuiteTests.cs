using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Running;
using TwinVal.Testing;

namespace TwinVal.Validation.Tests;

/// <summary>
/// The validation suite as tests: every bundled case on every built-in solver that implements its model is one test
/// case, judged by the same pipeline as <c>twinval run</c>. This is what CI gates on.
/// </summary>
public sealed class ValidationSuiteTests
{
    /// <summary>Case × solver pairs, discovered from the catalogue so a new case or solver needs no test code.</summary>
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in BundledLibrary.Cases.Cases)
        {
            foreach (var s in BundledLibrary.Solvers.Where(s => s.SupportedModels.Contains(c.Model.Id)))
            {
                data.Add(c.Id, s.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task BundledCase_OnSupportingBuiltInSolver_Passes(string caseId, string solverId)
    {
        var referenceCase = BundledLibrary.Cases.Cases.Single(c => c.Id == caseId);
        if (referenceCase.Tier == Tier.Nightly && !NightlyFactAttribute.IsNightly)
        {
            Assert.Skip($"nightly-tier case: set {NightlyFactAttribute.EnvironmentVariable}=nightly to run");
        }

        var solver = BundledLibrary.Solvers.Single(s => s.Id == solverId);
        var plan = Planner.Plan([referenceCase], [solver], PlanOptions.Everything).Plan;
        var records = Directory.CreateTempSubdirectory("twinval-validation-");
        // Nightly cases may take longer than the default 10-minute solve limit (the 0.1 mm Niederer slab takes ~10 min of
        // a loaded 2-core machine); their limit is two hours, so only a hang fails them on time.
        var timeout = referenceCase.Tier == Tier.Nightly ? TimeSpan.FromHours(2) : ExecutorOptions.Default.Timeout;
        var settings = new ValidationRunSettings(
            plan, [], records.FullName, ExecutorOptions.Default with { MaxParallelism = 1, Timeout = timeout }, [], referenceCase.Tier, ["validation-suite"]);

        // The same pipeline as 'twinval run', so refinement ladders and their convergence checks are judged too.
        JudgedRun judged;
        try
        {
            var (summary, _) = await new ValidationRunner(TimeProvider.System).RunAsync(settings, null, TestContext.Current.CancellationToken);
            judged = Assert.Single(summary.Results);
        }
        finally
        {
            records.Delete(recursive: true);
        }

        var details = string.Join("\n", judged.Checks.Select(c => $"  {c.Verdict} {c.CheckId}: {c.Message}"));
        Assert.True(judged.Verdict == Verdict.Pass, $"{caseId} × {solverId}: {judged.Verdict}: {judged.Message}\n{details}");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task BundledCase_SolvedTwice_GivesBitIdenticalOutput(string caseId, string solverId)
    {
        var referenceCase = BundledLibrary.Cases.Cases.Single(c => c.Id == caseId);
        if (referenceCase.Tier == Tier.Nightly && !NightlyFactAttribute.IsNightly)
        {
            Assert.Skip($"nightly-tier case: set {NightlyFactAttribute.EnvironmentVariable}=nightly to run");
        }

        var solver = BundledLibrary.Solvers.Single(s => s.Id == solverId);
        var request = RequestFactory.Create(referenceCase, seed: 1234);

        var first = await solver.SolveAsync(request, TestContext.Current.CancellationToken);
        var second = await solver.SolveAsync(request, TestContext.Current.CancellationToken);

        // Reproducibility is bitwise: the same request must give the same doubles, not merely close ones.
        Assert.Equal(first.Series.Time.Values, second.Series.Time.Values);
        Assert.Equal(first.Series.Columns.Length, second.Series.Columns.Length);
        for (var i = 0; i < first.Series.Columns.Length; i++)
        {
            var a = first.Series.Columns[i].Values;
            var b = second.Series.Columns[i].Values;
            Assert.True(a.SequenceEqual(b), $"{caseId} × {solverId}: column {first.Series.Columns[i].Name} differs between two identical solves");
        }
    }

    [Fact]
    public void BundledLibrary_EveryCase_HasABuiltInSolver()
    {
        var orphans = BundledLibrary.Cases.Cases
            .Where(c => !BundledLibrary.Solvers.Any(s => s.SupportedModels.Contains(c.Model.Id)))
            .Select(c => $"{c.Id} (model {c.Model.Id})")
            .ToList();

        Assert.True(orphans.Count == 0, "cases no built-in solver can run: " + string.Join(", ", orphans));
    }

    [Fact]
    public void BundledLibrary_LoadsWithoutProblems()
    {
        Assert.True(BundledLibrary.Cases.Problems.IsEmpty, string.Join("\n", BundledLibrary.Cases.Problems));
        Assert.True(BundledLibrary.Cases.Cases.Length >= 3);
    }
}
