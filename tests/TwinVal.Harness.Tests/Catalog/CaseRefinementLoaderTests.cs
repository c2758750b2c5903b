using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>The <c>refinement</c> block and <c>convergence</c> checks of case.yaml: read, and every mistake placed at its line.</summary>
public sealed class CaseRefinementLoaderTests
{
    private const string Ladder = "refinement:\n  fixed-step:\n    - {value: 0.04, unit: s}\n    - {value: 0.02, unit: s}\n    - {value: 10, unit: ms}\n";

    private const string Convergence = "  - id: P-order\n    metric: convergence\n    variable: P\n    qoi: {kind: final-value}\n    expected-order: 4\n    gci-limit: 1.0e-6\n";

    [Fact]
    public void Load_LadderAndConvergenceCheck_AreRead()
    {
        var loaded = Load(Case(Ladder, Convergence));

        Assert.Empty(loaded.Problems);
        var ladder = loaded.Case!.Refinement!;
        Assert.Equal(RefinementParameter.FixedStep, ladder.Parameter);
        Assert.Equal([0.04, 0.02, 0.01], Enumerable.Range(0, ladder.Count).Select(i => ladder.H(i)), new ToleranceComparer(1e-15));
        var check = loaded.Case.Acceptance.Single(c => c.Metric == MetricKind.Convergence);
        Assert.Equal(new ConvergenceSpec(4, ConvergenceSpec.DefaultOrderTolerance, 1e-6), check.Convergence);
        Assert.Equal(QoiKind.FinalValue, check.Qoi!.Kind);
    }

    [Fact]
    public void Load_RtolLadder_IsRead()
    {
        var loaded = Load(Case("refinement: {rtol: [1.0e-4, 1.0e-5, 1.0e-6]}\n", Convergence.Replace("    expected-order: 4\n", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(loaded.Problems);
        Assert.Equal(RefinementParameter.Rtol, loaded.Case!.Refinement!.Parameter);
        Assert.Equal(1e-5, loaded.Case.Refinement.Apply(NumericsSettings.Default, 1).RelativeTolerance);
    }

    [Fact]
    public void Load_DxLadder_IsReadInMetresAndAppliedToNumericsDx()
    {
        var loaded = Load(Case("refinement: {dx: [{value: 0.2, unit: mm}, {value: 0.1, unit: mm}, {value: 50, unit: µm}]}\n", Convergence));

        Assert.Empty(loaded.Problems);
        var ladder = loaded.Case!.Refinement!;
        Assert.Equal(RefinementParameter.Dx, ladder.Parameter);
        Assert.Equal([2e-4, 1e-4, 5e-5], Enumerable.Range(0, ladder.Count).Select(i => ladder.H(i)), new ToleranceComparer(1e-18));
        Assert.Equal(new Quantity(0.1, Unit.Parse("mm")), ladder.Apply(NumericsSettings.Default, 1).Dx);
    }

    [Fact]
    public void Load_DxLevelThatIsNotALength_IsAnErrorAtTheLevel()
    {
        var yaml = Case("refinement:\n  dx:\n    - {value: 0.2, unit: mm}\n    - {value: 0.1, unit: mm}\n    - {value: 1, unit: s}\n", Convergence);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{value: 1, unit: s}"), problem.Line);
        Assert.StartsWith("refinement.dx[2]", problem.Field, StringComparison.Ordinal);
        Assert.Contains("a length", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumericsDxThatIsNotALength_IsAnError()
    {
        var yaml = CaseFolderBuilder.ValidYaml.Replace("reference:\n", "numerics: {dx: {value: 1, unit: s}}\nreference:\n", StringComparison.Ordinal);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.StartsWith("numerics.dx", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConvergenceCheckWithoutLadder_IsAnErrorAtItsMetric()
    {
        var yaml = Case(string.Empty, Convergence);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "metric: convergence"), problem.Line);
        Assert.Equal("acceptance[3].metric", problem.Field);
        Assert.Contains("needs a refinement ladder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LadderWithoutConvergenceCheck_IsAWarningOnly()
    {
        var loaded = Load(Case(Ladder, string.Empty));

        Assert.NotNull(loaded.Case);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("refinement", problem.Field);
    }

    [Fact]
    public void Load_RepeatedLevel_IsAnErrorAtTheRepeat()
    {
        var yaml = Case(Ladder.Replace("{value: 10, unit: ms}", "{value: 40, unit: ms}", StringComparison.Ordinal), Convergence);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "40, unit: ms"), problem.Line);
        Assert.Equal("refinement.fixed-step[2]", problem.Field);
        Assert.Contains("repeats level 0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StepThatIsNotATime_IsAnError()
    {
        var yaml = Case(Ladder.Replace("{value: 10, unit: ms}", "{value: 10, unit: mmHg}", StringComparison.Ordinal), Convergence);
        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{value: 10, unit: mmHg}"), problem.Line);
        Assert.StartsWith("refinement.fixed-step[2]", problem.Field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refinement: {fixed-step: [{value: 0.02, unit: s}, {value: 0.01, unit: s}]}\n", "refinement.fixed-step")]
    [InlineData("refinement: {rtol: [1.0e-4, 1.0e-5, 1.0e-6], fixed-step: [{value: 0.02, unit: s}]}\n", "refinement")]
    public void Load_MalformedLadder_IsASchemaError(string ladder, string field)
    {
        var problems = Load(Case(ladder, Convergence)).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith(field, p.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ConvergenceCheckWithAtol_IsASchemaErrorAtTheCheck()
    {
        var yaml = Case(Ladder, Convergence + "    atol: {value: 1, unit: mmHg}\n");
        var problems = Load(yaml).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("acceptance[3]", p.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OrderFieldsOnAQoiCheck_AreRejected()
    {
        var valid = Case(string.Empty, string.Empty);
        var yaml = valid.Replace("    qoi: {kind: final-value}\n", "    qoi: {kind: final-value}\n    expected-order: 2\n", StringComparison.Ordinal);
        Assert.NotEqual(valid, yaml);
        var problems = Load(yaml).Problems;

        Assert.NotEmpty(problems);
        Assert.Contains(problems, p => p.Line == CaseFolderBuilder.LineOf(yaml, "expected-order"));
    }

    [Fact]
    public void Load_FixedStepsDividingTheOutputInterval_AreAccepted()
    {
        var yaml = Case(Ladder, Convergence).Replace("    - {name: P, unit: mmHg}\n", "    - {name: P, unit: mmHg}\n  interval: {value: 0.04, unit: s}\n", StringComparison.Ordinal);

        Assert.Empty(Load(yaml).Problems);
    }

    [Fact]
    public void Load_FixedStepCoarserThanTheOutputInterval_IsAnErrorAtTheLevel()
    {
        // Outputs every 0.02 s: the 0.04 s level would be cut at every sample and take the same steps as the 0.02 s level.
        var yaml = Case(Ladder, Convergence).Replace("    - {name: P, unit: mmHg}\n", "    - {name: P, unit: mmHg}\n  interval: {value: 0.02, unit: s}\n", StringComparison.Ordinal);

        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{value: 0.04, unit: s}"), problem.Line);
        Assert.StartsWith("refinement.fixed-step[0]", problem.Field, StringComparison.Ordinal);
        Assert.Contains("does not divide the output interval", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoIntervalAndStepsDividingEveryReferenceGap_AreAccepted() =>
        Assert.Empty(Load(Case(Ladder, Convergence)).Problems);

    [Fact]
    public void Load_NoIntervalAndAStepNotDividingAReferenceGap_IsAnErrorAtTheLevel()
    {
        // Samples at 0, 1, 2 s come from reference.csv: a 0.3 s step would be cut to 0.1 s before every sample.
        var ladder = Ladder.Replace("{value: 0.04, unit: s}", "{value: 0.3, unit: s}", StringComparison.Ordinal);
        var yaml = Case(ladder, Convergence);

        var problem = Assert.Single(Load(yaml).Problems);

        Assert.Equal(CaseFolderBuilder.LineOf(yaml, "{value: 0.3, unit: s}"), problem.Line);
        Assert.StartsWith("refinement.fixed-step[0]", problem.Field, StringComparison.Ordinal);
        Assert.Contains("does not divide the gap 1 s between samples at 0 s and 1 s", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'reference.csv'", problem.Message, StringComparison.Ordinal);
    }

    private static string Case(string ladder, string convergenceCheck) =>
        CaseFolderBuilder.ValidYaml.Replace("reference:\n", ladder + "reference:\n", StringComparison.Ordinal) + "\n" + convergenceCheck;

    private static CaseLoadResult Load(string yaml)
    {
        using var builder = new CaseFolderBuilder();
        return new CaseLoader().Load(builder.Write(yaml: yaml));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
