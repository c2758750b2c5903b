using System.Text;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("twinval-atomic-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task WriteTextAsync_NewFile_WritesContentAndLeavesNoTempFile()
    {
        var path = Path.Combine(folder.FullName, "run.json");

        await AtomicFile.WriteTextAsync(path, "{\"a\": 1}", TestContext.Current.CancellationToken);

        Assert.Equal("{\"a\": 1}", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(["run.json"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public async Task WriteAsync_ExistingFile_ReplacesWholeContent()
    {
        var path = Path.Combine(folder.FullName, "results.csv");
        await File.WriteAllTextAsync(path, new string('x', 10_000), TestContext.Current.CancellationToken);

        await AtomicFile.WriteTextAsync(path, "short", TestContext.Current.CancellationToken);

        Assert.Equal("short", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_WriterFailsHalfway_KeepsOldContentAndNoTempFile()
    {
        var path = Path.Combine(folder.FullName, "summary.md");
        await File.WriteAllTextAsync(path, "old complete content", TestContext.Current.CancellationToken);

        var failing = AtomicFile.WriteAsync(
            path,
            async (stream, token) =>
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes("half of the new"), token);
                throw new IOException("disk full");
            },
            TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<IOException>(() => failing);
        Assert.Equal("old complete content", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(["summary.md"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentReader_NeverSeesAPartialFile()
    {
        var path = Path.Combine(folder.FullName, "big.txt");
        var versions = Enumerable.Range(0, 20).Select(i => new string((char)('a' + i), 200_000)).ToArray();
        await AtomicFile.WriteTextAsync(path, versions[0], TestContext.Current.CancellationToken);
        using var stop = new CancellationTokenSource();
        var seen = new List<string>();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                seen.Add(await File.ReadAllTextAsync(path, CancellationToken.None));
            }
        }, TestContext.Current.CancellationToken);

        foreach (var version in versions.Skip(1))
        {
            await AtomicFile.WriteTextAsync(path, version, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        await reader;
        Assert.NotEmpty(seen);
        Assert.All(seen, text => Assert.Contains(text, versions));
    }

    [Fact]
    public async Task WriteAsync_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(folder.FullName, "outputs", "case", "solver.csv");

        await AtomicFile.WriteTextAsync(path, "t [s]\n", TestContext.Current.CancellationToken);

        Assert.True(File.Exists(path));
    }
}
