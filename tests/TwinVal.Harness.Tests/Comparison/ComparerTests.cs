using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class ComparerTests
{
    private const double MmHgInKPa = 0.133322387415; // 133.322387415 Pa per mmHg.

    // Reference P(t) = 100·exp(−t/1.5) mmHg on t = 0, 0.5, …, 2 s.
    private static readonly double[] ReferenceTime = Grid(0.0, 0.5, 5);
    private static readonly double[] ReferenceP = [.. ReferenceTime.Select(t => 100 * Math.Exp(-t / 1.5))];

    private static readonly AcceptanceCheck Pointwise = Check(MetricKind.Pointwise, atol: Q(1e-6, "mmHg"), rtol: 1e-9);

    private static ReferenceCase Case(params AcceptanceCheck[] checks) =>
        ComparisonBuilders.Case(Table("s", ReferenceTime, S("P", "mmHg", ReferenceP)), checks);

    [Fact]
    public void Compare_SolutionInKilopascal_IsConvertedAndPasses()
    {
        var solution = ReferenceP.Select(p => p * MmHgInKPa).ToArray();

        var result = Single(Case(Pointwise), Table("s", ReferenceTime, S("P", "kPa", solution)));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Contains(GridAligner.OnGrid, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SolverTimeInMilliseconds_IsOnTheReferenceGrid()
    {
        var result = Single(Case(Pointwise), Table("ms", [.. ReferenceTime.Select(t => t * 1000)], S("P", "mmHg", ReferenceP)));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Contains(GridAligner.OnGrid, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_MissingColumn_IsErrorListingColumns()
    {
        var result = Single(Case(Pointwise), Table("s", ReferenceTime, S("Q", "mL/s", ReferenceP), S("V", "mL", ReferenceP)));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Equal("solver output has no column 'P'; it has: 'Q', 'V'", result.Message);
        Assert.Equal("mmHg", result.Unit);
    }

    [Fact]
    public void Compare_IncompatibleUnit_IsErrorNamingBothUnits()
    {
        var result = Single(Case(Pointwise), Table("s", ReferenceTime, S("P", "mL", ReferenceP)));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("solver unit 'mL'", result.Message, StringComparison.Ordinal);
        Assert.Contains("reference unit 'mmHg'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_FinerLinearSolution_IsInterpolatedExactly()
    {
        // A straight line is reproduced exactly by linear interpolation: reference r(t) = 10 + 4t on 0, 0.5, …, 2 s;
        // the solver samples it every 0.3 s up to 2.1 s: 0 and 1.5 s are among its samples, 0.5, 1 and 2 s fall between.
        var reference = Table("s", ReferenceTime, S("P", "mmHg", [.. ReferenceTime.Select(t => 10 + (4 * t))]));
        var solverTime = Grid(0.0, 0.3, 8);
        var check = Check(MetricKind.MaxAbs, limit: Q(1e-12, "mmHg"));

        var result = Single(
            ComparisonBuilders.Case(reference, check), Table("s", solverTime, S("P", "mmHg", [.. solverTime.Select(t => 10 + (4 * t))])));

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Contains("interpolated linearly from 8 samples onto 5 reference times (3 not among", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ReferenceBeyondSolverEnd_RefusesToExtrapolate()
    {
        var solverTime = Grid(0.0, 0.25, 7); // ends at 1.5 s; the reference goes to 2 s.

        var result = Single(Case(Pointwise), Table("s", solverTime, S("P", "mmHg", [.. solverTime.Select(t => 100 * Math.Exp(-t / 1.5))])));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("1 reference time(s) lie outside the solver's time range [0, 1.5 s], first t = 2 s", result.Message, StringComparison.Ordinal);
        Assert.Contains("does not extrapolate", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NaNInSolution_IsErrorNamingTime()
    {
        var solution = ReferenceP.ToArray();
        solution[1] = double.NaN;

        var result = Single(Case(Pointwise), Table("s", ReferenceTime, S("P", "mmHg", solution)));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("undeclared non-finite value NaN in 'P' at t = 0.5 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SeveralChecks_KeepsDeclarationOrderAndEvaluatesAfterAnError()
    {
        var onQ = Check(MetricKind.MaxAbs, limit: Q(1, "mL/s"), variable: "Q");
        var referenceCase = ComparisonBuilders.Case(
            Table("s", ReferenceTime, S("P", "mmHg", ReferenceP), S("Q", "mL/s", ReferenceP)), Pointwise, onQ);

        var results = Comparer.Default.Compare(referenceCase, Output(Table("s", ReferenceTime, S("P", "mmHg", ReferenceP))));

        Assert.Equal([Pointwise.Id, onQ.Id], results.Select(r => r.CheckId));
        Assert.Equal([Verdict.Pass, Verdict.Error], results.Select(r => r.Verdict));
    }

    [Fact]
    public void Constructor_TwoMetricsOfOneKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Comparer([new RmseMetric(), new RmseMetric()]));
    }

    [Fact]
    public void Compare_MetricNotRegistered_IsError()
    {
        var comparer = new Comparer([new RmseMetric()]);

        var result = comparer.Compare(Case(Pointwise), Output(Table("s", ReferenceTime, S("P", "mmHg", ReferenceP))))[0];

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("no metric evaluates 'pointwise'", result.Message, StringComparison.Ordinal);
    }

    private static CheckResult Single(ReferenceCase referenceCase, TwinVal.Harness.Data.SeriesTable solverTable) =>
        Assert.Single(Comparer.Default.Compare(referenceCase, Output(solverTable)));
}
