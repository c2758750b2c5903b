using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Model data tables: declared in case.yaml, verified, read with positions, hashed, and delivered in the request.</summary>
public sealed class CaseDataTableLoaderTests
{
    private const string Table = "region,x0 [1],w_A [1],w_B [1]\nA,-1.6,0,0.5\nB,-2.2,0.5,0\n";

    [Fact]
    public void Load_DataTable_IsReadAndDeliveredToTheSolver()
    {
        using var builder = new CaseFolderBuilder();
        var loaded = Load(builder, Table);

        Assert.Empty(loaded.Problems);
        var table = Assert.Single(loaded.Case!.DataTables);
        Assert.Equal(("connectivity", "region"), (table.Name, table.KeyHeader));
        Assert.Equal(["A", "B"], table.Keys);
        Assert.Equal(["x0", "w_A", "w_B"], table.Columns.Select(c => c.Name));
        Assert.Equal([-1.6, -2.2], table.Column("x0").Values);
        Assert.Equal(Unit.Dimensionless, table.Column("w_A").Unit);

        var request = RequestFactory.Create(loaded.Case, 1);
        Assert.Same(table, request.DataTable("connectivity"));
        Assert.Throws<SolverException>(() => request.DataTable("tract-lengths"));
        Assert.Throws<SolverException>(() => table.Column("speed"));
    }

    [Fact]
    public void Load_ChangedTable_ChangesTheContentHash()
    {
        using var first = new CaseFolderBuilder();
        using var second = new CaseFolderBuilder();

        var a = Load(first, Table).Case!.ContentHash;
        var b = Load(second, Table.Replace("-1.6", "-1.7", StringComparison.Ordinal)).Case!.ContentHash;

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Load_HashMismatch_IsAnErrorAtTheSha256Field()
    {
        using var builder = new CaseFolderBuilder();
        var problem = Assert.Single(Load(builder, Table, declaredText: Table + "C,0,0,0\n").Problems);

        Assert.Equal("data-tables[0].sha256", problem.Field);
        Assert.Contains("does not match", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("region,x0 [1],w_A [1],w_B [1]\nA,-1.6,zero,0.5\n", 2, 8, "'zero' in column 'w_A' is not a finite number")]
    [InlineData("region,x0 [1],w_A [1],w_B [1]\nA,-1.6,0\n", 2, 1, "row has 3 cells; the header has 4")]
    [InlineData("region,x0,w_A [1]\nA,-1.6,0\n", 1, 8, "header cell 'x0' must be 'name [unit]'")]
    [InlineData("region,x0 [1]\nA,1\nA,2\n", 3, 1, "key 'A' repeats row 2")]
    [InlineData("region,x0 [furlong]\nA,1\n", 1, 8, "header cell 'x0 [furlong]'")]
    public void Load_MalformedTable_IsAnErrorAtItsLineAndColumn(string csv, int line, int column, string message)
    {
        using var builder = new CaseFolderBuilder();
        var problem = Assert.Single(Load(builder, csv).Problems);

        Assert.EndsWith("connectivity.csv", problem.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PathOutsideTheFolder_IsAnError()
    {
        using var builder = new CaseFolderBuilder();
        var yaml = CaseFolderBuilder.ValidYaml.Replace("reference:\n", $"data-tables:\n  - {{name: connectivity, path: ../x.csv, sha256: {new string('a', 64)}}}\nreference:\n", StringComparison.Ordinal);
        var problem = Assert.Single(new CaseLoader().Load(builder.Write(yaml: yaml)).Problems);

        Assert.Equal("data-tables[0].path", problem.Field);
        Assert.Contains("leaves the case folder", problem.Message, StringComparison.Ordinal);
    }

    private static CaseLoadResult Load(CaseFolderBuilder builder, string csv, string? declaredText = null)
    {
        var sha = CaseFolderBuilder.Sha256(declaredText ?? csv);
        var yaml = CaseFolderBuilder.ValidYaml.Replace("reference:\n", $"data-tables:\n  - {{name: connectivity, path: connectivity.csv, sha256: {sha}}}\nreference:\n", StringComparison.Ordinal);
        var folder = builder.Write(yaml: yaml);
        File.WriteAllText(Path.Combine(folder, "connectivity.csv"), csv);
        return new CaseLoader().Load(folder);
    }
}
