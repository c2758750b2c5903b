using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class CaseCatalogTests
{
    [Fact]
    public void Load_BrokenCaseBesideValidOne_LoadsTheValidOneAndRejectsTheOther()
    {
        using var cases = new CaseFolderBuilder();
        cases.Write("good-case");
        var broken = cases.Write("bad-case", yaml: CaseFolderBuilder.ValidYaml.Replace("id: wk2", "id: bad-case\nbogus: 1", StringComparison.Ordinal));

        var result = CaseCatalog.Load(cases.Root);

        Assert.Equal(["good-case"], result.Cases.Select(c => c.Id));
        Assert.Equal([broken], result.RejectedFolders);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Path.Combine(broken, "case.yaml"), problem.File);
        Assert.Equal(2, problem.Line);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Load_SeveralRoots_OrdersCasesByIdAndProblemsByFileThenLine()
    {
        using var a = new CaseFolderBuilder();
        using var b = new CaseFolderBuilder();
        b.Write("zeta", domain: "neurology");
        a.Write("alpha");
        a.Write("mid", yaml: CaseFolderBuilder.ValidYaml.Replace("id: wk2", "id: mid", StringComparison.Ordinal).Replace("tier: smoke", "tier: x", StringComparison.Ordinal).Replace("kind: code-verification", "kind: y", StringComparison.Ordinal));

        var result = CaseCatalog.Load(b.Root, a.Root);

        Assert.Equal(["alpha", "zeta"], result.Cases.Select(c => c.Id));
        Assert.Equal(2, result.Problems.Length);
        Assert.True(result.Problems[0].Line < result.Problems[1].Line);
    }

    [Fact]
    public void Load_DuplicateIdsInTwoDomains_RejectsBothAndNamesTheOther()
    {
        using var cases = new CaseFolderBuilder();
        var first = cases.Write("same", domain: "cardiology");
        var second = cases.Write("same", domain: "oncology");

        var result = CaseCatalog.Load(cases.Root);

        Assert.Empty(result.Cases);
        Assert.Equal([first, second], result.RejectedFolders);
        Assert.Equal(2, result.Problems.Length);
        Assert.All(result.Problems, p => Assert.Equal(1, p.Line));
        Assert.Contains(second, result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CaseFolderOrCaseFilePath_LoadsThatCaseOnce()
    {
        using var cases = new CaseFolderBuilder();
        var folder = cases.Write("direct");

        var result = CaseCatalog.Load(folder, Path.Combine(folder, "case.yaml"));

        Assert.Equal(["direct"], result.Cases.Select(c => c.Id));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_SchemaFolderAndNonexistentPath_SkipsSchemaAndReportsPath()
    {
        using var cases = new CaseFolderBuilder();
        cases.Write("real");
        Directory.CreateDirectory(Path.Combine(cases.Root, "schema", "nested"));
        var missing = Path.Combine(cases.Root, "nowhere");

        var result = CaseCatalog.Load(cases.Root, missing);

        Assert.Equal(["real"], result.Cases.Select(c => c.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Contains("no such file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlansFolder_IsNotTakenForADomain()
    {
        using var cases = new CaseFolderBuilder();
        cases.Write("real");
        Directory.CreateDirectory(Path.Combine(cases.Root, "plans", "drafts"));
        File.WriteAllText(Path.Combine(cases.Root, "plans", "cardiology.yaml"), "question-of-interest: q\n");

        var result = CaseCatalog.Load(cases.Root);

        Assert.Equal(["real"], result.Cases.Select(c => c.Id));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_FolderWithoutCaseFile_IsAWarningOnly()
    {
        using var cases = new CaseFolderBuilder();
        cases.Write("real");
        Directory.CreateDirectory(Path.Combine(cases.Root, "cardiology", "scripts"));

        var result = CaseCatalog.Load(cases.Root);

        Assert.Single(result.Cases);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(result.Problems).Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Load_DomainFolder_LoadsItsCases()
    {
        using var cases = new CaseFolderBuilder();
        cases.Write("first-case");
        cases.Write("second-case");
        cases.Write("elsewhere", domain: "neurology");

        var result = CaseCatalog.Load(Path.Combine(cases.Root, "cardiology"));

        Assert.Equal(["first-case", "second-case"], result.Cases.Select(c => c.Id));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_BundledLibrary_HasNoProblemsAndAtLeastOneCasePerDomain()
    {
        var result = CaseCatalog.Load(Path.Combine(RepositoryRoot(), "reference-cases"));

        Assert.True(result.Problems.IsEmpty, string.Join("\n", result.Problems));
        Assert.Empty(result.RejectedFolders);
        Assert.Contains(result.Cases, c => c.Domain == Domain.Cardiology);
        Assert.Contains(result.Cases, c => c.Domain == Domain.Neurology);
        Assert.Contains(result.Cases, c => c.Domain == Domain.Oncology);
    }

    [Fact]
    public void Load_ManyBrokenCasesInParallel_RejectsEveryOne()
    {
        // Regression: concurrent schema evaluation once let a case without any tolerance pass.
        using var cases = new CaseFolderBuilder();
        var yaml = CaseFolderBuilder.ValidYaml.Replace("    atol: {value: 1.0e-6, unit: mmHg}\n    rtol: 1.0e-7\n", string.Empty, StringComparison.Ordinal);
        var folders = Enumerable.Range(0, 8).Select(i => cases.Write("wk2", yaml: yaml, domain: $"d{i}")).ToList();
        var loader = new CaseLoader();

        var results = new CaseLoadResult[folders.Count * 8];
        Parallel.For(0, results.Length, i => results[i] = loader.Load(folders[i % folders.Count]));

        Assert.All(results, r => Assert.Contains(r.Problems, p => p.Field == "acceptance[0]"));
    }

    [Fact]
    public void EmbeddedSchema_EqualsTheLibrarySchemaFile()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryRoot(), "reference-cases", "schema", "case.schema.json"));

        Assert.Equal(file, CaseSchemaText.Embedded());
    }

    internal static string RepositoryRoot() => TwinVal.Testing.RepositoryRoot.Path;
}
