using TwinVal.Harness.Data;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Data;

public sealed class SeriesTableCsvReaderTests
{
    [Fact]
    public void Read_ValidFile_ReturnsColumnsWithUnits()
    {
        var result = Read("time [ms], P [mmHg],Q [mL/s]\n0,80,0\n10,82.5,-1e-3\n20,85,+2.5E2\n");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        var table = result.Table!;
        Assert.Equal(3, table.RowCount);
        Assert.Equal(Unit.Parse("ms"), table.Time.Unit);
        Assert.Equal(["P", "Q"], table.Columns.Select(c => c.Name));
        Assert.Equal([0.0, -1e-3, 250.0], table.Find("Q")!.Values);
    }

    [Fact]
    public void Read_BlankLinesAndCrLf_AreAcceptedWithTrueLineNumbers()
    {
        var result = Read("time [s],x [1]\r\n0,1\r\n\r\n2,x\r\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal("x", problem.Field);
    }

    [Theory]
    [InlineData("time [s],P\n0,1\n", "not of the form 'name [unit]'")]
    [InlineData("time [s],P [mmHg\n0,1\n", "not of the form 'name [unit]'")]
    [InlineData("time [s],P [furlong]\n0,1\n", "unknown unit symbol 'furlong'")]
    [InlineData("t [s],P [mmHg]\n0,1\n", "the first column must be 'time [unit of time]'")]
    [InlineData("time [mmHg],P [mmHg]\n0,1\n", "the first column must be 'time [unit of time]'")]
    [InlineData("time [s],P [mmHg],P [kPa]\n0,1,2\n", "column 'P' appears more than once")]
    [InlineData("time [s]\n0\n", "at least one variable column")]
    public void Read_BadHeader_IsReportedAtLineOne(string csv, string expected)
    {
        var problem = Assert.Single(Read(csv).Problems);

        Assert.Equal("test.csv", problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaggedRows_AreReportedEachWithItsLine()
    {
        var result = Read("time [s],P [mmHg],V [mL]\n0,1,2\n1,2\n2,3,4,5\n");

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4], result.Problems.Select(p => p.Line));
        Assert.Contains("the row has 2 cells but the header has 3", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnparseableNumber_NamesLineAndColumn()
    {
        var problem = Assert.Single(Read("time [s],P [mmHg],V [mL]\n0,1,2\n1,1,abc\n").Problems);

        Assert.Equal(3, problem.Line);
        Assert.Equal("V", problem.Field);
        Assert.Contains("'abc' is not a number", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.0.0")]
    [InlineData("0x10")]
    public void Read_NonInvariantNumber_IsRejected(string cell)
    {
        var problem = Assert.Single(Read($"time [s],P [mmHg]\n0,\"{cell}\"\n").Problems);
        Assert.Equal("P", problem.Field);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Inf")]
    [InlineData("-Inf")]
    public void Read_ExplicitNonFiniteToken_IsAProblemByDefault(string token)
    {
        var problem = Assert.Single(Read($"time [s],P [mmHg]\n0,1\n1,{token}\n").Problems);

        Assert.Equal(3, problem.Line);
        Assert.Equal("P", problem.Field);
        Assert.Contains("not a finite number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExplicitNonFiniteTokens_AreReadWhenAllowed()
    {
        var result = Read("time [s],P [mmHg]\n0,NaN\n1,Inf\n2,-Inf\n", new CsvReadOptions(AllowNonFinite: true));

        Assert.True(result.Succeeded);
        var values = result.Table!.Find("P")!.Values;
        Assert.True(double.IsNaN(values[0]));
        Assert.Equal(double.PositiveInfinity, values[1]);
        Assert.Equal(double.NegativeInfinity, values[2]);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("nan")]
    [InlineData("1e999")]
    public void Read_OtherNonFiniteSpellings_AreRejectedEvenWhenAllowed(string cell)
    {
        var result = Read($"time [s],P [mmHg]\n0,{cell}\n", new CsvReadOptions(AllowNonFinite: true));

        Assert.Equal(2, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Read_NonMonotonicTime_NamesBothLines()
    {
        var result = Read("time [s],P [mmHg]\n0,1\n1,2\n1,3\n0.5,4\n");

        Assert.Equal([4, 5], result.Problems.Select(p => p.Line));
        Assert.Contains("line 4 has 1 s, not after line 3 (1 s)", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 5 has 0.5 s, not after line 4 (1 s)", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFileOrHeaderOnly_IsAProblem()
    {
        Assert.Contains("empty", Assert.Single(Read(string.Empty).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("no data rows", Assert.Single(Read("time [s],P [mmHg]\n").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyBadRows_CapsProblemsAndCountsTheRest()
    {
        var rows = string.Concat(Enumerable.Range(0, 30).Select(i => $"{i},x\n"));
        var result = Read("time [s],P [mmHg]\n" + rows, new CsvReadOptions(MaxProblems: 10));

        Assert.Equal(11, result.Problems.Length);
        Assert.Equal("20 more problem(s) not shown", result.Problems[^1].Message);
    }

    [Fact]
    public void Read_MissingFile_IsAProblemNotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");

        var problem = Assert.Single(SeriesTableCsvReader.Read(path).Problems);

        Assert.Equal(path, problem.File);
        Assert.Contains("cannot read", problem.Message, StringComparison.Ordinal);
    }

    private static SeriesTableCsvReadResult Read(string csv, CsvReadOptions? options = null) =>
        SeriesTableCsvReader.Read(new StringReader(csv), (options ?? CsvReadOptions.Default) with { DisplayPath = "test.csv" });
}
