using Snapshooter.Xunit3;
using TwinVal.Testing;
using TwinVal.Harness.Judging;

namespace TwinVal.Reports.Tests;

public sealed class MarkdownSummaryExporterTests
{
    [Fact]
    public async Task ExportAsync_SampleRun_MatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Reports.Tests");
        var summary = SampleRun.Summary();

        var markdown = SampleRun.Scrub(await SampleRun.RenderAsync(new MarkdownSummaryExporter(), summary), summary);

        Snapshot.Match(markdown, name);
    }

    [Fact]
    public void Render_SampleRun_ShowsOverallVerdictCountsAndEscapedCells()
    {
        var markdown = MarkdownSummaryExporter.Render(SampleRun.Summary());

        Assert.Contains("**Overall verdict: 💥 ERROR**", markdown, StringComparison.Ordinal);
        Assert.Contains("4 runs: 1 pass, 1 fail, 1 error, 1 unsupported, 0 skipped.", markdown, StringComparison.Ordinal);
        Assert.Contains("| hh-spike | ❌ fail | ➖ unsupported |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1.25 | 0.5 | -0.75 | mV | fail | peak 41.25 mV vs reference 40 mV: \\|Δ\\| 1.25 &gt; 0.5 mV |", markdown, StringComparison.Ordinal);
        Assert.Contains("SolverException: \"R\" &lt;missing&gt; &amp; C=1.5, bad |", markdown, StringComparison.Ordinal);
        Assert.Contains("reference-cases/oncology/gompertz/case.yaml:14:5: error: parameters.r.unit", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void OverallVerdict_OnlyPassesAndNoProblems_IsPass()
    {
        var summary = SampleRun.Summary();
        var clean = summary with { Results = [summary.Results[3], summary.Results[1]], Problems = [] };

        Assert.Equal(Verdict.Pass, OverallVerdict.Of(clean));
        Assert.Equal(Verdict.Fail, OverallVerdict.Of(clean with { Results = [summary.Results[0], summary.Results[3]] }));
        Assert.Equal(Verdict.Skipped, OverallVerdict.Of(clean with { Results = [summary.Results[1]] }));
    }
}
