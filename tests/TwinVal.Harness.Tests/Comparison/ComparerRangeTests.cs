using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class ComparerRangeTests
{
    [Fact]
    public void Compare_RangeCheckWithoutReferenceColumn_ReadsSolverSamplesInDeclaredUnit()
    {
        // The reference holds P only; EF-like range on V (declared in mL, solver writes L): max 0.15 L = 150 mL ≤ 200 mL.
        var reference = Table("s", [0, 1, 2], S("P", "mmHg", 1, 2, 3));
        var check = new AcceptanceCheck("V-max", MetricKind.Qoi, "V", Qoi: new QoiSpec(QoiKind.Max), Range: new QoiRange(Q(100, "mL"), Q(200, "mL")));
        var referenceCase = Case(reference, check) with
        {
            Outputs = new OutputSpec([new OutputVariable("P", U("mmHg")), new OutputVariable("V", U("mL"))], null),
        };
        var output = Output(Table("s", [0, 0.5, 1, 1.5, 2], S("P", "mmHg", 1, 1, 2, 2, 3), S("V", "L", 0.12, 0.15, 0.11, 0.1, 0.12)));

        var result = Assert.Single(Comparer.Default.Compare(referenceCase, output));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(150.0, result.Value, 1e-9);
        Assert.Equal("mL", result.Unit);
        Assert.Contains("solver's own samples", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_RangeCheckOnMissingSolverColumn_IsErrorListingColumns()
    {
        var reference = Table("s", [0, 1, 2], S("P", "mmHg", 1, 2, 3));
        var check = new AcceptanceCheck("V-max", MetricKind.Qoi, "V", Qoi: new QoiSpec(QoiKind.Max), Range: new QoiRange(null, Q(200, "mL")));
        var output = Output(Table("s", [0, 1, 2], S("P", "mmHg", 1, 2, 3)));

        var result = Assert.Single(Comparer.Default.Compare(Case(reference, check), output));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("no column 'V'", result.Message, StringComparison.Ordinal);
    }
}
