using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Data;

public sealed class SeriesTableCsvWriterTests
{
    [Fact]
    public void ToCsv_Table_WritesUnitHeadersAndRoundTripNumbers()
    {
        var table = new SeriesTable(
            new Series("time", SiUnits.Second, [0.0, 0.1, 2.0]),
            [new Series("P", Unit.Parse("mmHg"), [100.0, 1.0 / 3.0, -0.0]), new Series("V", Unit.Parse("mL"), [1e-300, 5.0, 6.25])]);

        var csv = SeriesTableCsvWriter.ToCsv(table);

        Assert.Equal(
            "time [s],P [mmHg],V [mL]\n0,100,1E-300\n0.1,0.3333333333333333,5\n2,-0,6.25\n",
            csv);
    }

    [Fact]
    public void ToCsv_NonFinite_UsesNaNInfTokens()
    {
        var table = new SeriesTable(new Series("t", SiUnits.Second, [0.0, 1.0, 2.0]),
            [new Series("x", Unit.Dimensionless, [double.NaN, double.PositiveInfinity, double.NegativeInfinity])]);

        Assert.Equal("t [s],x [1]\n0,NaN\n1,Inf\n2,-Inf\n", SeriesTableCsvWriter.ToCsv(table));
    }

    [Fact]
    public void ToCsv_NameWithComma_IsQuoted()
    {
        var table = new SeriesTable(new Series("t", SiUnits.Second, [0.0]), [new Series("a,b", Unit.Dimensionless, [1.0])]);

        Assert.Equal("t [s],\"a,b [1]\"\n0,1\n", SeriesTableCsvWriter.ToCsv(table));
    }

    [Property]
    public bool Format_AnyFiniteDouble_ParsesBackToSameBits(NormalFloat value) =>
        BitConverter.DoubleToInt64Bits(double.Parse(SeriesTableCsvWriter.Format(value.Get), CultureInfo.InvariantCulture))
        == BitConverter.DoubleToInt64Bits(value.Get);
}
