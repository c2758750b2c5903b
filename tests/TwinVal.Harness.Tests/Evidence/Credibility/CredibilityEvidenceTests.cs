using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Evidence.Credibility;

public sealed class CredibilityEvidenceTests
{
    [Fact]
    public void Collect_MixedVerdicts_KeepsAllButUnsupportedAndCasesWithoutBlock()
    {
        var credibility = new CaseCredibility([CredibilityFactor.UseError, CredibilityFactor.NumericalSolverError], Rigor.High, []);
        var claiming = new CaseBuilder("claims").Build() with { Credibility = credibility, Kind = CaseKind.SolutionVerification };
        var silent = new CaseBuilder("silent").Build();
        var plan = new RunPlan([claiming, silent], [], []);
        JudgedRun Judged(string caseId, string solver, Verdict verdict) => new(caseId, solver, verdict, [], "m", TimeSpan.Zero, null);

        var items = CredibilityEvidence.Collect(plan, [
            Judged("claims", "a", Verdict.Pass),
            Judged("claims", "b", Verdict.Unsupported),
            Judged("claims", "c", Verdict.Skipped),
            Judged("silent", "a", Verdict.Pass),
        ]);

        Assert.Equal(["claims/a", "claims/c"], items.Select(i => i.Id));
        Assert.Equal([true, false], items.Select(i => i.Counts));
        Assert.All(items, i => Assert.Equal((CaseKind.SolutionVerification, Rigor.High), (i.Kind, i.Demonstrates)));
        Assert.Equal(credibility.Factors, items[0].Factors);
    }

    [Fact]
    public void Collect_NoResults_IsEmpty() =>
        Assert.Equal(ImmutableArray<EvidenceItem>.Empty, CredibilityEvidence.Collect(new RunPlan([], [], []), []));
}
