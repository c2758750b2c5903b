using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class CaseLoaderTests
{
    [Fact]
    public void Load_ValidCase_ReturnsCaseWithEveryField()
    {
        using var cases = new CaseFolderBuilder();
        var folder = cases.Write();

        var result = new CaseLoader().Load(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        var c = result.Case!;
        Assert.Equal("wk2", c.Id);
        Assert.Equal(Domain.Cardiology, c.Domain);
        Assert.Equal(CaseKind.CodeVerification, c.Kind);
        Assert.Equal(Tier.Smoke, c.Tier);
        Assert.Equal(["windkessel"], c.Tags);
        Assert.Equal(new ModelRef("windkessel2", "1"), c.Model);
        Assert.Equal(["R", "C"], c.Parameters.Select(p => p.Name));
        Assert.Equal(1.5, c.Parameters[1].Quantity.Value);
        Assert.Equal("resistance", c.Parameters[0].Description);
        Assert.Equal(2.0, c.Protocol.EndTime.In(SiUnits.Second));
        var input = Assert.IsType<ConstantInput>(Assert.Single(c.Protocol.Inputs));
        Assert.Equal("Q_in", input.Name);
        Assert.Equal(ReferenceClass.Analytic, c.Reference.Class);
        var table = Assert.Single(c.Reference.Tables);
        Assert.Equal(3, table.Data.RowCount);
        Assert.Equal([MetricKind.Pointwise, MetricKind.RelL2, MetricKind.Qoi], c.Acceptance.Select(a => a.Metric));
        Assert.Equal(1e-7, c.Acceptance[0].RelativeTolerance);
        Assert.Equal(QoiKind.FinalValue, c.Acceptance[2].Qoi!.Kind);
        Assert.Equal(64, c.ContentHash.Length);
    }
}
