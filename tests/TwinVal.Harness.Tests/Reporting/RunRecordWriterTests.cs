using System.Collections.Immutable;
using System.Text;
using TwinVal.Harness.Data;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class RunRecordWriterTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("twinval-record-");

    public void Dispose() => root.Delete(recursive: true);

    private static RunSummary Summary(RunStatus status) => new(
        new RunInfo("20260314-092653-1", "0.1.0", "abc", new EnvironmentInfo("os", ".NET", "x64", 4, "host"), "smoke", 1, ["run"],
            TestClock.Epoch, status == RunStatus.Running ? null : TestClock.Epoch.AddSeconds(3), status),
        [], [], [], []);

    [Fact]
    public async Task WriteOutputAsync_Table_LandsInOutputsCaseSolverCsv()
    {
        using var writer = RunRecordWriter.Create(root.FullName, "20260314-092653-1");
        var table = new SeriesTable(new Series("time", SiUnits.Second, [0.0, 1.0]), [new Series("P", Unit.Parse("mmHg"), [100.0, 50.0])]);

        await writer.WriteOutputAsync("wk2-decay", "wk-rk4", table, TestContext.Current.CancellationToken);

        var path = Path.Combine(root.FullName, "20260314-092653-1", "outputs", "wk2-decay", "wk-rk4.csv");
        Assert.Equal(path, writer.OutputPath("wk2-decay", "wk-rk4"));
        Assert.Equal("time [s],P [mmHg]\n0,100\n1,50\n", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteSummaryAsync_CalledRepeatedly_RewritesEachExporterFile()
    {
        using var writer = RunRecordWriter.Create(root.FullName, "run");
        var exporter = new StatusExporter();

        await writer.WriteSummaryAsync(Summary(RunStatus.Running), [exporter], TestContext.Current.CancellationToken);
        var during = await File.ReadAllTextAsync(Path.Combine(writer.Folder, "status.txt"), TestContext.Current.CancellationToken);
        await writer.WriteSummaryAsync(Summary(RunStatus.Completed), [exporter], TestContext.Current.CancellationToken);
        var after = await File.ReadAllTextAsync(Path.Combine(writer.Folder, "status.txt"), TestContext.Current.CancellationToken);

        Assert.Equal("Running", during);
        Assert.Equal("Completed", after);
        Assert.Equal(["status.txt"], Directory.GetFiles(writer.Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public void OutputPath_IdThatIsNotAFileName_Throws(string id)
    {
        using var writer = RunRecordWriter.Create(root.FullName, "run");

        Assert.Throws<ArgumentException>(() => writer.OutputPath(id, "solver"));
    }

    private sealed class StatusExporter : IReportExporter
    {
        public string FileName => "status.txt";

        public Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken) =>
            destination.WriteAsync(Encoding.UTF8.GetBytes(summary.Info.Status.ToString()), cancellationToken).AsTask();
    }
}
