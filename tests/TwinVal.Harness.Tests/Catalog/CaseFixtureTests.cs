using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The committed fixture library under Catalog/Fixtures/library, whose hashes come from sha256sum.</summary>
public sealed class CaseFixtureTests
{
    private static readonly string Library = Path.Combine(AppContext.BaseDirectory, "Catalog", "Fixtures", "library");

    [Fact]
    public void Load_FixtureLibrary_LoadsTheValidCaseAndRejectsTheStaleHash()
    {
        var result = CaseCatalog.Load(Library);

        var loaded = Assert.Single(result.Cases);
        Assert.Equal("exp-decay", loaded.Id);
        var stale = Path.Combine(Library, "verification", "stale-hash");
        Assert.Equal([stale], result.RejectedFolders);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Path.Combine(stale, "case.yaml"), problem.File);
        Assert.Equal(22, problem.Line);
        Assert.Contains("actual a16a5738ff3b5b860987171a4c66b7b15ad845add6298bf834ebf78b2c095c72", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FixtureCase_ConvertsMillisecondsAndKeepsTheGoldenValues()
    {
        var loaded = new CaseLoader().Load(Path.Combine(Library, "verification", "exp-decay")).Case!;

        var table = Assert.Single(loaded.Reference.Tables).Data;
        Assert.Equal([0.0, 1000.0, 2000.0, 4000.0], table.Time.Values);
        Assert.Equal(0.7357588823428847, table.Find("y")!.Values[2]);
        Assert.Equal(2.0, loaded.Acceptance[1].Qoi!.At!.Value.In(SiUnits.Second));
        Assert.Equal(0.5, loaded.Parameters[0].Quantity.In("Hz"));
        Assert.Equal(0.0, loaded.Protocol.StartTime.Value);
        Assert.Equal(Path.Combine(Library, "verification", "exp-decay"), loaded.FolderPath);
    }
}
