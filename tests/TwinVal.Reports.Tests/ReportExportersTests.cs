using TwinVal.Harness.Data;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;

namespace TwinVal.Reports.Tests;

public sealed class ReportExportersTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("twinval-layout-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Default_ListsEveryRecordFileOnce() =>
        Assert.Equal(["run.json", "results.csv", "checks.csv", "junit.xml", "summary.md"], ReportExporters.Default.Select(e => e.FileName));

    [Fact]
    public async Task RunRecordWriter_WithDefaultExporters_LeavesDocumentedLayout()
    {
        var summary = SampleRun.Summary();
        using var writer = RunRecordWriter.Create(root.FullName, summary.Info.RunId);
        var table = new SeriesTable(new Series("time", SiUnits.Second, [0.0, 1.0]), [new Series("P", Unit.Parse("mmHg"), [100.0, 50.0])]);

        await writer.WriteOutputAsync("wk2-decay", "wk-rk4", table, TestContext.Current.CancellationToken);
        await writer.WriteSummaryAsync(summary, ReportExporters.Default, TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(writer.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(writer.Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["checks.csv", "junit.xml", "outputs/wk2-decay/wk-rk4.csv", "results.csv", "run.json", "summary.md"], files);
        Assert.Equal(Path.Combine(root.FullName, "20260314-092653-1"), writer.Folder);
        var (read, problems) = await RunJsonReader.ReadFileAsync(Path.Combine(writer.Folder, "run.json"), TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        SummaryAssert.Equal(summary, read!);
    }
}
