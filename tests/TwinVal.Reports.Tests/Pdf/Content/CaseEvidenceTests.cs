using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Content;

namespace TwinVal.Reports.Tests.Pdf.Content;

public class CaseEvidenceTests
{
    private static CaseRecord Bundled()
    {
        var folder = Path.Combine(SampleReport.RepositoryRoot(), "reference-cases", "cardiology", SampleReport.CaseId);
        return RecordFactory.Case(new CaseLoader().Load(folder).Case!);
    }

    [Fact]
    public void Load_UnchangedFolder_LoadsCaseWithoutNote()
    {
        var evidence = CaseEvidence.Load(Bundled());

        Assert.NotNull(evidence.Case);
        Assert.Null(evidence.Note);
    }

    [Fact]
    public void Load_MissingFolder_GivesNoteNamingThePath()
    {
        var evidence = CaseEvidence.Load(Bundled() with { Path = "/nonexistent/x" });

        Assert.Null(evidence.Case);
        Assert.StartsWith("case folder '/nonexistent/x' was not found", evidence.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HashDiffersFromRecord_LoadsButFlagsTheChange()
    {
        var evidence = CaseEvidence.Load(Bundled() with { Sha256 = new string('0', 64) });

        Assert.NotNull(evidence.Case);
        Assert.Contains("has changed since the run", evidence.Note, StringComparison.Ordinal);
        Assert.Contains($"recorded {new string('0', 64)}", evidence.Note, StringComparison.Ordinal);
    }
}
