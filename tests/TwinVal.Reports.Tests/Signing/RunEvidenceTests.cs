using TwinVal.Reports.Signing;
using Xunit;

namespace TwinVal.Reports.Tests.Signing;

public sealed class RunEvidenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("twinval-evidence-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(params string[] names)
    {
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(folder, name), name);
        }
    }

    [Fact]
    public void Collect_RecordWithCredibility_FourFilesRunJsonAsSource()
    {
        Write("run.json", "results.csv", "checks.csv", "credibility.json", "junit.xml");

        var files = RunEvidence.Collect(folder);

        Assert.Equal(["run.json", "results.csv", "checks.csv", "credibility.json"], files.Select(f => f.Name));
        Assert.Equal(["Source", "Data", "Data", "Data"], files.Select(f => f.Relationship));
        Assert.Equal(["application/json", "text/csv", "text/csv", "application/json"], files.Select(f => f.MimeType));
    }

    [Fact]
    public void Collect_WithoutCredibility_ThreeFiles()
    {
        Write("run.json", "results.csv", "checks.csv");

        Assert.Equal(3, RunEvidence.Collect(folder).Length);
    }

    [Fact]
    public void Collect_MissingChecks_ThrowsNamingFile()
    {
        Write("run.json", "results.csv");

        var error = Assert.Throws<SigningException>(() => RunEvidence.Collect(folder));

        Assert.Contains("checks.csv", error.Message, StringComparison.Ordinal);
    }
}
