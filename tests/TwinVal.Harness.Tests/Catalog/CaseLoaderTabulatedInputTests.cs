using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Tabulated inputs: the CSV is read, hashed and checked when the case loads; every problem names the field.</summary>
public sealed class CaseLoaderTabulatedInputTests
{
    private const string ConstantInput = "    - {name: Q_in, kind: constant, value: 0.0, unit: mL/s}";
    private const string Flow = "time [ms],Q_in [L/min]\n0,0\n500,6\n1000,0\n";

    [Fact]
    public void Load_PeriodicTable_ReadsRowsInSecondsAndInputUnit()
    {
        var result = Load(Flow, periodic: "true");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var table = Assert.IsType<TabulatedInput>(Assert.Single(result.Case!.Protocol.Inputs));
        Assert.Equal([0.0, 0.5, 1.0], table.TimesSeconds);
        Assert.Equal(100.0, table.Values[1], 1e-12); // 6 L/min = 100 mL/s
        Assert.Equal(50.0, table.ValueAt(1.25), 1e-12);
    }

    [Fact]
    public void Load_TableFile_IsPartOfTheContentHash()
    {
        using var cases = new CaseFolderBuilder();
        var folder = Write(cases, Flow, "true", null, "flow.csv");

        var loaded = new CaseLoader().Load(folder).Case!.ContentHash;
        var withoutTable = CaseContentHash.Compute(folder, ["case.yaml", "reference.csv", "provenance.md"]);
        var withTable = CaseContentHash.Compute(folder, ["case.yaml", "reference.csv", "flow.csv", "provenance.md"]);

        Assert.NotEqual(withoutTable, loaded);
        Assert.Equal(withTable, loaded);
    }

    [Fact]
    public void Load_WrongSha256_NamesTheFieldAndTheActualHash()
    {
        var problem = Assert.Single(Load(Flow, periodic: "true", sha: new string('a', 64)).Problems);

        Assert.Equal("protocol.inputs[0].sha256", problem.Field);
        Assert.Contains(CaseFolderBuilder.Sha256(Flow), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnError()
    {
        var problem = Assert.Single(Load(null, periodic: "true").Problems);

        Assert.Equal("protocol.inputs[0].file", problem.Field);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonPeriodicTableShorterThanProtocol_IsAnError()
    {
        // The protocol runs to 2 s; the table ends at 1 s.
        var problem = Assert.Single(Load(Flow, periodic: "false").Problems);

        Assert.Equal("protocol.inputs[0].file", problem.Field);
        Assert.Contains("must cover the protocol", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodicTableNotClosed_IsAnError()
    {
        var problem = Assert.Single(Load("time [s],Q_in [mL/s]\n0,0\n1,5\n", periodic: "true").Problems);

        Assert.Equal("protocol.inputs[0].periodic", problem.Field);
        Assert.Contains("ends on its first value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueColumnInWrongUnit_IsAnError()
    {
        var problem = Assert.Single(Load("time [s],Q_in [mmHg]\n0,0\n2,0\n", periodic: "false").Problems);

        Assert.Contains("compatible with 'mL/s'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOutsideCaseFolder_IsAnError()
    {
        var problem = Assert.Single(Load(Flow, periodic: "true", file: "../flow.csv").Problems);

        Assert.Contains("leaves the case folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TabulatedFieldsOnAConstantInput_AreRejectedBySchema()
    {
        var yaml = CaseFolderBuilder.ValidYaml.Replace(ConstantInput, "    - {name: Q_in, kind: constant, value: 0.0, unit: mL/s, file: flow.csv}", StringComparison.Ordinal);
        using var cases = new CaseFolderBuilder();

        var result = new CaseLoader().Load(cases.Write(yaml: yaml));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Field == "protocol.inputs[0].file");
    }

    private static CaseLoadResult Load(string? csv, string periodic, string? sha = null, string file = "flow.csv")
    {
        using var cases = new CaseFolderBuilder();
        return new CaseLoader().Load(Write(cases, csv, periodic, sha, file));
    }

    private static string Write(CaseFolderBuilder cases, string? csv, string periodic, string? sha, string file)
    {
        var input = $"    - {{name: Q_in, kind: tabulated, unit: mL/s, file: \"{file}\", sha256: {sha ?? CaseFolderBuilder.Sha256(csv ?? string.Empty)}, periodic: {periodic}}}";
        var folder = cases.Write(yaml: CaseFolderBuilder.ValidYaml.Replace(ConstantInput, input, StringComparison.Ordinal));
        if (csv is not null)
        {
            File.WriteAllText(Path.Combine(folder, "flow.csv"), csv);
        }

        return folder;
    }
}
