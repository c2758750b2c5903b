using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The optional <c>report</c> block of case.yaml: declared x–y plots, read into the case and checked against the outputs.</summary>
public sealed class CaseReportPlotsLoaderTests
{
    private const string Anchor = "reference:\n";

    [Fact]
    public void Load_ReportPlots_AreReadInDeclarationOrder()
    {
        var loaded = Load(WithBlock("report:\n  plots:\n    - {x: time, y: P, title: Pressure trace}\n    - {x: P, y: P}\n"), out _);

        Assert.Empty(loaded.Problems);
        Assert.Equal([new ReportPlot("time", "P", "Pressure trace"), new ReportPlot("P", "P", null)], loaded.Case!.ReportPlots);
    }

    [Fact]
    public void Load_NoReportBlock_HasNoPlots()
    {
        var loaded = Load(CaseFolderBuilder.ValidYaml, out _);

        Assert.Empty(loaded.Problems);
        Assert.Empty(loaded.Case!.ReportPlots);
    }

    [Fact]
    public void Load_PlotOfUndeclaredVariable_IsRejectedAtItsLine()
    {
        var yaml = WithBlock("report:\n  plots:\n    - {x: V_LV, y: P}\n");
        var loaded = Load(yaml, out _);

        Assert.Null(loaded.Case);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "V_LV"), problem.Line);
        Assert.Equal("report.plots[0].x", problem.Field);
        Assert.Equal("'V_LV' is not a declared output variable; expected 'time' or one of: P", problem.Message);
    }

    [Fact]
    public void Load_PlotWithoutY_IsASchemaError()
    {
        var yaml = WithBlock("report:\n  plots:\n    - {x: time}\n");
        var problem = Assert.Single(Load(yaml, out _).Problems);

        Assert.Contains("y", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("report.plots[0]", problem.Field, StringComparison.Ordinal);
    }

    private static string WithBlock(string block) =>
        CaseFolderBuilder.ValidYaml.Replace(Anchor, block + Anchor, StringComparison.Ordinal);

    private static CaseLoadResult Load(string yaml, out string folder)
    {
        using var builder = new CaseFolderBuilder();
        folder = builder.Write(yaml: yaml);
        return new CaseLoader().Load(folder);
    }
}
