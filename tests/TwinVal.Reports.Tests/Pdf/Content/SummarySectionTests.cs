using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Content;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Content;

public class SummarySectionTests
{
    [Fact]
    public void Blocks_FewSolvers_ShowsCaseBySolverMatrix()
    {
        var table = VerdictTable(SampleReport.Summary);

        Assert.Equal("Case", table.Columns[0].Header);
        Assert.Equal(SampleReport.Summary.Results.Select(r => r.SolverId).Distinct(), table.Columns.Skip(1).Select(c => c.Header));
    }

    [Fact]
    public void Blocks_ManySingleModelSolvers_ListsAttemptedRunsAndCountsTheRest()
    {
        var summary = WithUnsupportedSolvers(SampleReport.Summary, 7);

        var table = VerdictTable(summary);

        Assert.Equal(["Case", "Solver", "Checks passed", "Verdict"], table.Columns.Select(c => c.Header));
        var attempted = summary.Results.Count(r => r.Verdict != Verdict.Unsupported);
        Assert.Equal(attempted + 1, table.Rows.Length);
        Assert.Equal("7 case × solver pairs not run: the solver does not implement the case's model", table.Rows[^1][0].Text);
        Assert.DoesNotContain(table.Rows.SkipLast(1), row => row[1].Text.StartsWith("other-", StringComparison.Ordinal));
    }

    [Fact]
    public void CaseSection_UnsupportedSolvers_AreNamedOnceWithoutSectionsOfTheirOwn()
    {
        var summary = WithUnsupportedSolvers(SampleReport.Summary, 2);

        var blocks = ReportComposer.Compose(summary, SampleReport.RecordFolder);

        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("Not run (the solver does not implement model", StringComparison.Ordinal)
            && p.Text.EndsWith("other-0, other-1.", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks.OfType<HeadingBlock>(), h => h.Text.Contains("other-", StringComparison.Ordinal));
    }

    private static TableBlock VerdictTable(RunSummary summary)
    {
        var blocks = SummarySection.Blocks(summary).ToList();
        var heading = blocks.FindIndex(b => b is HeadingBlock { Text: "Verdict matrix" });
        return Assert.IsType<TableBlock>(blocks[heading + 1]);
    }

    private static RunSummary WithUnsupportedSolvers(RunSummary summary, int count)
    {
        var caseId = summary.Results[0].CaseId;
        var extra = Enumerable.Range(0, count).Select(i =>
            new JudgedRun(caseId, $"other-{i}", Verdict.Unsupported, [], $"solver other-{i} does not implement the model", TimeSpan.Zero, null));
        return summary with { Results = [.. summary.Results, .. extra] };
    }
}
