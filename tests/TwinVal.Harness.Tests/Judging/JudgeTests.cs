using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Tests.Comparison;
using static TwinVal.Harness.Tests.Judging.JudgingBuilders;

namespace TwinVal.Harness.Tests.Judging;

public sealed class JudgeTests
{
    [Fact]
    public void Evaluate_UnsupportedModel_IsUnsupported()
    {
        var judged = Judge.Evaluate(Ran(null, supported: false), []);

        Assert.Equal(Verdict.Unsupported, judged.Verdict);
        Assert.Equal("solver rk4-ref does not implement model windkessel2", judged.Message);
        Assert.Equal("wk2-test", judged.CaseId);
        Assert.Equal("rk4-ref", judged.SolverId);
    }

    [Theory]
    [InlineData(RunFailureKind.Exception, "solver exception")]
    [InlineData(RunFailureKind.Timeout, "timeout")]
    [InlineData(RunFailureKind.InvalidOutput, "invalid output")]
    public void Evaluate_Failure_IsErrorWithFailureMessage(RunFailureKind kind, string label)
    {
        var judged = Judge.Evaluate(Ran(null, new RunFailure(kind, "step size underflow at t = 0.3 s")), []);

        Assert.Equal(Verdict.Error, judged.Verdict);
        Assert.Equal($"{label}: step size underflow at t = 0.3 s", judged.Message);
        Assert.Empty(judged.Checks);
        Assert.Equal(TimeSpan.FromMilliseconds(12), judged.WallTime);
    }

    [Fact]
    public void Evaluate_Cancelled_IsSkipped()
    {
        var judged = Judge.Evaluate(Ran(null, new RunFailure(RunFailureKind.Cancelled, "run cancelled by the user")), []);

        Assert.Equal(Verdict.Skipped, judged.Verdict);
    }

    [Fact]
    public void Evaluate_NeitherOutputNorFailure_IsSkipped()
    {
        Assert.Equal(Verdict.Skipped, Judge.Evaluate(Ran(null), []).Verdict);
    }

    [Fact]
    public void Evaluate_ErrorCheckAfterFailingCheck_IsErrorWithErrorMessage()
    {
        ImmutableArray<CheckResult> checks = [Result("a", Verdict.Pass), Result("b", Verdict.Fail, "too far"), Result("c", Verdict.Error, "no column")];

        var judged = Judge.Evaluate(Ran(ExactOutput), checks);

        Assert.Equal(Verdict.Error, judged.Verdict);
        Assert.Equal("c: no column", judged.Message);
        Assert.Equal(1, judged.ChecksPassed);
        Assert.Equal(2, judged.ChecksFailed);
    }

    [Fact]
    public void Evaluate_FailingChecks_IsFailWithFirstFailure()
    {
        ImmutableArray<CheckResult> checks = [Result("a", Verdict.Pass), Result("b", Verdict.Fail, "first"), Result("c", Verdict.Fail, "second")];

        var judged = Judge.Evaluate(Ran(ExactOutput), checks);

        Assert.Equal(Verdict.Fail, judged.Verdict);
        Assert.Equal("b: first", judged.Message);
    }

    [Fact]
    public void Evaluate_AllChecksPass_IsPassCountingChecks()
    {
        var judged = Judge.Evaluate(Ran(ExactOutput), [Result("a", Verdict.Pass), Result("b", Verdict.Pass)]);

        Assert.Equal(Verdict.Pass, judged.Verdict);
        Assert.Equal("all 2 checks passed", judged.Message);
        Assert.Same(ExactOutput.Diagnostics, judged.Diagnostics);
    }

    [Fact]
    public void Evaluate_OutputWithoutChecks_IsError()
    {
        var judged = Judge.Evaluate(Ran(ExactOutput), []);

        Assert.Equal(Verdict.Error, judged.Verdict);
        Assert.Contains("no check results", judged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithComparer_ComparesTheOutput()
    {
        var judged = Judge.Evaluate(Ran(ExactOutput), Comparer.Default);

        Assert.Equal(Verdict.Pass, judged.Verdict);
        Assert.Single(judged.Checks);
    }

    [Fact]
    public void Evaluate_WithComparerAndBadOutput_Fails()
    {
        // 2 mmHg off at t = 1 s against a max-abs limit of 1 mmHg.
        var output = ComparisonBuilders.Output(ComparisonBuilders.Table("s", [0.0, 1.0], ComparisonBuilders.S("P", "mmHg", 100, 52)));

        var judged = Judge.Evaluate(Ran(output), Comparer.Default);

        Assert.Equal(Verdict.Fail, judged.Verdict);
        Assert.StartsWith("P-MaxAbs: max |s − r| = 2 mmHg > limit 1 mmHg", judged.Message, StringComparison.Ordinal);
    }
}
