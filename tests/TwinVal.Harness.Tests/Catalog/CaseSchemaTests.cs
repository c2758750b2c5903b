using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class CaseSchemaTests
{
    [Fact]
    public void Locate_FolderInsideTheRepository_FindsTheLibrarySchema()
    {
        var folder = Path.Combine(CaseCatalogTests.RepositoryRoot(), "reference-cases", "cardiology", "wk2-diastolic-decay");

        Assert.Equal(Path.Combine(CaseCatalogTests.RepositoryRoot(), "reference-cases", "schema", "case.schema.json"), CaseSchema.Locate(folder));
    }

    [Fact]
    public void Locate_FolderOutsideAnyLibrary_FindsNothingSoTheEmbeddedCopyIsUsed()
    {
        using var cases = new CaseFolderBuilder();
        var folder = cases.Write();

        Assert.Null(CaseSchema.Locate(folder));
        Assert.True(new CaseLoader().Load(folder).Succeeded);
    }
}
