using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Ensembles;

/// <summary>Ensemble judging from members' outputs: statistics by hand, and every hole in the sample an Error naming its seed.</summary>
public sealed class EnsembleJudgeTests
{
    private static readonly QoiSpec Final = new(QoiKind.FinalValue);

    [Fact]
    public void Judge_MomentsOfAKnownSample_GivesTheHandComputedZAndY()
    {
        // Values 1..10: mean 5.5, S² = 82.5/9 = 9.1667. Against μ = 5, σ = 3: Z = √10·0.5/3 = 0.527, Y = √5·(9.1667/9 − 1) = 0.0414.
        var check = new EnsembleCheck("m", EnsembleTest.Moments, "y", Final, new Quantity(5, Unit.Dimensionless), new Quantity(3, Unit.Dimensionless));
        var outcome = EnsembleJudge.Judge(Spec(10, check), Members(10, i => i + 1.0));

        var result = Assert.Single(outcome.Checks);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal("ensemble:moments", result.Metric);
        Assert.Contains("|Z| = |√N·(X̄ − μ)/σ| with N = 10, X̄ = 5.5", result.Message, StringComparison.Ordinal);
        Assert.Contains("S² = 9.16667", result.Message, StringComparison.Ordinal);
        Assert.Equal(Math.Sqrt(10) * 0.5 / 3, result.Value, 1e-12);
        Assert.Equal(3.0 - (Math.Sqrt(10) * 0.5 / 3), result.Margin, 1e-12);
    }

    [Fact]
    public void Judge_MeanFarOff_FailsOnZ()
    {
        var check = new EnsembleCheck("m", EnsembleTest.Moments, "y", Final, new Quantity(9, Unit.Dimensionless), new Quantity(3, Unit.Dimensionless));
        var result = EnsembleJudge.Judge(Spec(10, check), Members(10, i => i + 1.0)).Checks.Single();

        // Z = √10·(5.5 − 9)/3 = −3.69: |Z| exceeds 3.
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(Math.Sqrt(10) * 3.5 / 3, result.Value, 1e-12);
    }

    [Fact]
    public void Judge_MemberFailed_IsAnErrorNamingItsSeed()
    {
        var check = new EnsembleCheck("f", EnsembleTest.Fraction, "y", Final, ExpectedFraction: 1.0);
        var members = Members(10, i => 1.0).Select(m => m.Member.Member == 3
            ? (m.Member, (RunOutput?)new RunOutput(m.Member.Run, null, new RunFailure(RunFailureKind.Exception, "diverged"), TimeSpan.Zero))
            : m).ToList();

        var result = EnsembleJudge.Judge(Spec(10, check), members).Checks.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("1 of 10 members failed: member 3 (seed 103): the solve failed: diverged", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_MomentsWhenAMemberHasNoQoi_IsAnErrorNamingIt()
    {
        var crossing = new QoiSpec(QoiKind.FirstCrossing, Threshold: new Quantity(5.0, Unit.Dimensionless));
        var check = new EnsembleCheck("m", EnsembleTest.Moments, "y", crossing, new Quantity(1, SiUnits.Second), new Quantity(1, SiUnits.Second));

        // The series rises from 0 to value; a member whose value stays below 5 never crosses.
        var result = EnsembleJudge.Judge(Spec(10, check), Members(10, i => i == 7 ? 4.0 : 10.0)).Checks.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("1 of 10 members have no first-crossing of 'y'", result.Message, StringComparison.Ordinal);
        Assert.Contains("member 7 (seed 107)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_FractionCountsMembersWithTheEvent_AndTheTableListsThem()
    {
        var crossing = new QoiSpec(QoiKind.FirstCrossing, Threshold: new Quantity(5.0, Unit.Dimensionless));
        var check = new EnsembleCheck("onset", EnsembleTest.Fraction, "y", crossing, ExpectedFraction: 0.5);

        var outcome = EnsembleJudge.Judge(Spec(10, check), Members(10, i => i % 2 == 0 ? 10.0 : 4.0));

        var result = Assert.Single(outcome.Checks);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.0, result.Value, 1e-12);
        var lines = outcome.MemberCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("member [1],seed [1],onset [s]", lines[0]);
        Assert.Equal(11, lines.Length);

        // Member 0 rises 0 → 10 over 1 s and crosses 5 at 0.5 s (linear interpolation); member 1 never does.
        Assert.Equal("0,100,0.5", lines[1]);
        Assert.Equal("1,101,", lines[2]);
    }

    [Fact]
    public void Judge_EventInNoMember_FractionZeroPassesAndTheColumnKeepsTheQoiUnit()
    {
        var crossing = new QoiSpec(QoiKind.FirstCrossing, Threshold: new Quantity(5.0, Unit.Dimensionless));
        var check = new EnsembleCheck("never", EnsembleTest.Fraction, "y", crossing, ExpectedFraction: 0.0);

        var outcome = EnsembleJudge.Judge(Spec(10, check), Members(10, i => 1.0));

        Assert.Equal(Verdict.Pass, outcome.Checks.Single().Verdict);
        Assert.StartsWith("member [1],seed [1],never [s]\n", outcome.MemberCsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_FewerMembersThanDeclared_IsAnError()
    {
        var check = new EnsembleCheck("f", EnsembleTest.Fraction, "y", Final, ExpectedFraction: 1.0);

        var result = EnsembleJudge.Judge(Spec(12, check), Members(10, i => 1.0)).Checks.Single();

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("10 members solved; the case declares 12", result.Message, StringComparison.Ordinal);
    }

    private static EnsembleSpec Spec(int runs, EnsembleCheck check) => new(runs, 100, [], [check]);

    // Member i returns y rising linearly from 0 at t = 0 to value(i) at t = 1 s.
    private static List<(EnsembleMember Member, RunOutput? Output)> Members(int count, Func<int, double> value)
    {
        using var solver = new FakeSolver("fake", "test-model");
        var referenceCase = new CaseBuilder("ens").Build();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var run = new PlannedRun(i, referenceCase, solver, Supported: true, 100 + i);
            var table = new SeriesTable(new Series("time", SiUnits.Second, [0.0, 1.0]), [new Series("y", Unit.Dimensionless, ImmutableArray.Create(0.0, value(i)))]);
            return (new EnsembleMember(run, 0, i, 100 + i, []), (RunOutput?)new RunOutput(run, new SolverOutput(table, [], SolverDiagnostics.None), null, TimeSpan.Zero));
        })];
    }
}
