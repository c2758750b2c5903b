using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports.Tests;

/// <summary>
/// Field-by-field equality of run summaries. Records holding ImmutableArray or lists compare those by reference, so
/// record equality alone cannot tell whether a summary read back from disk equals the one written.
/// </summary>
internal static class SummaryAssert
{
    public static void Equal(RunSummary expected, RunSummary actual)
    {
        Assert.Equal(expected.Info with { CommandLine = [] }, actual.Info with { CommandLine = [] });
        Assert.Equal(expected.Info.CommandLine, actual.Info.CommandLine);
        Assert.Equal(expected.Cases, actual.Cases);
        Assert.Equal(expected.Solvers.Select(s => s with { Models = [], Files = [] }), actual.Solvers.Select(s => s with { Models = [], Files = [] }));
        Assert.Equal(expected.Solvers.SelectMany(s => s.Files), actual.Solvers.SelectMany(s => s.Files));
        Assert.Equal(expected.Solvers.Select(s => string.Join(",", s.Models)), actual.Solvers.Select(s => string.Join(",", s.Models)));
        Assert.Equal(expected.Problems, actual.Problems);
        Assert.Equal(expected.Results.Length, actual.Results.Length);
        foreach (var (e, a) in expected.Results.Zip(actual.Results))
        {
            Assert.Equal(Flat(e), Flat(a));
            Assert.Equal(e.Checks.Select(c => c with { Property = null }), a.Checks.Select(c => c with { Property = null }));
            Assert.Equal(e.Checks.Select(c => c.Property is null), a.Checks.Select(c => c.Property is null));
            foreach (var (ep, ap) in e.Checks.Zip(a.Checks).Where(x => x.First.Property is not null).Select(x => (x.First.Property!, x.Second.Property!)))
            {
                Assert.Equal(ep with { Counterexample = [] }, ap with { Counterexample = [] });
                Assert.Equal(ep.Counterexample.Select(q => (q.Name, q.Quantity.Value, q.Quantity.Unit.Symbol)), ap.Counterexample.Select(q => (q.Name, q.Quantity.Value, q.Quantity.Unit.Symbol)));
            }
            Assert.Equal(e.Ladders.Select(l => l with { Levels = [] }), a.Ladders.Select(l => l with { Levels = [] }));
            Assert.Equal(e.Ladders.SelectMany(l => l.Levels), a.Ladders.SelectMany(l => l.Levels));
            Assert.Equal(e.Validations, a.Validations);

            Assert.Equal(e.Diagnostics is null, a.Diagnostics is null);
            if (e.Diagnostics is { } ed && a.Diagnostics is { } ad)
            {
                Assert.Equal(ed with { Notes = [] }, ad with { Notes = [] });
                Assert.Equal(ed.Notes, ad.Notes);
            }
        }
    }

    private static JudgedRun Flat(JudgedRun run) => run with { Checks = [], Diagnostics = null, Ladders = [], Validations = [] };
}
