using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Execution;

public sealed class OutputValidatorTests
{
    private static readonly double[] Times = [0.0, 0.5, 1.0];

    private static readonly SolveRequest Request = TwinVal.Harness.Tests.Comparison.ComparisonBuilders.Request(
        Case(Table("s", Times, S("P", "mmHg", 3, 2, 1), S("V", "mL", 1, 1, 1)), Check(MetricKind.Rmse)));

    [Fact]
    public void Validate_MatchingOutputInOtherUnits_IsNull()
    {
        // kPa for mmHg, ms for s, and an extra column: all acceptable.
        var output = Output(Table("ms", [0, 500, 1000], S("P", "kPa", 3, 2, 1), S("V", "L", 1, 1, 1), S("extra", "1", 0, 0, 0)));

        Assert.Null(OutputValidator.Validate(Request, output));
    }

    [Fact]
    public void Validate_MissingVariable_ListsMissingAndPresent()
    {
        var failure = Validate(Table("s", Times, S("P", "mmHg", 3, 2, 1), S("Q", "mL/s", 0, 0, 0)));

        Assert.Contains("missing variable(s) 'V'; present: 'P', 'Q'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IncompatibleUnit_NamesBothUnits()
    {
        var failure = Validate(Table("s", Times, S("P", "mmHg", 3, 2, 1), S("V", "mmHg", 1, 1, 1)));

        Assert.Contains("'V' is in 'mmHg'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("requested 'mL'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongRowCount_SaysBothCounts()
    {
        var failure = Validate(Table("s", [0.0, 1.0], S("P", "mmHg", 3, 1), S("V", "mL", 1, 1)));

        Assert.Contains("2 time points, but 3 sample times were requested", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShiftedSampleTime_NamesRow()
    {
        // 0.6 s instead of 0.5 s, far beyond the 1e-9·1 s tolerance.
        var failure = Validate(Table("s", [0.0, 0.6, 1.0], S("P", "mmHg", 3, 2, 1), S("V", "mL", 1, 1, 1)));

        Assert.Contains("row 2 has t = 0.6 s, but 0.5 s was requested", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DecreasingTime_IsReported()
    {
        var failure = Validate(Table("s", [0.0, 1.0, 0.5], S("P", "mmHg", 3, 2, 1), S("V", "mL", 1, 1, 1)));

        Assert.Contains("not strictly increasing at row 3", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonFiniteValues_ReportsEachVariableWithTime()
    {
        var failure = Validate(Table("s", Times, S("P", "mmHg", 3, double.NaN, 1), S("V", "mL", 1, 1, double.NegativeInfinity)));

        Assert.Contains("NaN in 'P' at t = 0.5 s", failure.Message, StringComparison.Ordinal);
        Assert.Contains("-Infinity in 'V' at t = 1 s", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("invalid output for case 'wk2-test': ", failure.Message, StringComparison.Ordinal);
    }

    private static RunFailure Validate(SeriesTable table)
    {
        var failure = OutputValidator.Validate(Request, Output(table));

        Assert.NotNull(failure);
        Assert.Equal(RunFailureKind.InvalidOutput, failure.Kind);
        return failure;
    }
}
