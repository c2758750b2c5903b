using Microsoft.Extensions.Time.Testing;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology;

public class Windkessel2SolverTests
{
    private static readonly double[] Times = Grid(2.0, 40);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Decay(NamedQuantity resistance, IEnumerable<InputSignal>? inputs = null, NumericsSettings? numerics = null) =>
        Build("windkessel2", [resistance, Q("C", 1.5, "mL/mmHg")], Q("P", 100, "mmHg"), "s", Times, inputs, numerics: numerics);

    [Fact]
    public async Task SolveAsync_ZeroInflow_MatchesExponentialDecay()
    {
        var output = await new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL")), Ct);

        // τ = R·C = 1.5 s, P = 100·e^(−t/1.5) mmHg.
        var p = output.Series.Find("P")!;
        Assert.Equal("mmHg", p.Unit.Symbol);
        Assert.True(MaxError(p.Values, Times, t => 100 * Math.Exp(-t / 1.5)) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_StepInflow_MatchesPiecewiseClosedForm()
    {
        // Q_in jumps from 0 to 50 mL/s at 0.5 s: after it P relaxes towards Q·R = 50 mmHg with the same τ.
        var step = new StepInput("Q_in", Unit.Parse("mL/s"), 0, 50, new Quantity(0.5, SiUnits.Second));
        var output = await new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL"), [step]), Ct);
        var pAtStep = 100 * Math.Exp(-0.5 / 1.5);
        double Exact(double t) => t <= 0.5 ? 100 * Math.Exp(-t / 1.5) : 50 + ((pAtStep - 50) * Math.Exp(-(t - 0.5) / 1.5));

        Assert.True(MaxError(output.Series.Find("P")!.Values, Times, Exact) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_ResistanceInKilopascalSecondsPerLitre_GivesSamePressure()
    {
        // 1 mmHg·s/mL = 133.322387415 Pa·s/mL = 133.322387415 kPa·s/L.
        var solver = new Windkessel2Solver();
        var reference = await solver.SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL")), Ct);
        var converted = await solver.SolveAsync(Decay(Q("R", 133.322387415, "kPa*s/L")), Ct);

        var a = reference.Series.Find("P")!.Values;
        var b = converted.Series.Find("P")!.Values;
        Assert.All(Enumerable.Range(0, a.Length), i => Assert.Equal(a[i], b[i], 1e-9));
    }

    [Fact]
    public async Task SolveAsync_MissingCompliance_ThrowsSolverExceptionNamingIt()
    {
        var request = Build("windkessel2", [Q("R", 1.0, "mmHg*s/mL")], Q("P", 100, "mmHg"), "s", Times);
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel2Solver().SolveAsync(request, Ct));
        Assert.Contains("'C'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ResistanceInIncompatibleUnit_ThrowsSolverException()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mL")), Ct));
        Assert.Contains("parameter 'R'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mmHg*s/mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownVariable_ThrowsSolverException()
    {
        var request = Build(
            "windkessel2", [Q("R", 1.0, "mmHg*s/mL"), Q("C", 1.5, "mL/mmHg")], Q("P", 100, "mmHg"), "s", Times, variables: ["P", "Q_out"]);
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel2Solver().SolveAsync(request, Ct));
        Assert.Contains("'Q_out'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_VariableRequestedInIncompatibleUnit_ThrowsSolverException()
    {
        var decay = Decay(Q("R", 1.0, "mmHg*s/mL"));
        var request = decay with { Outputs = decay.Outputs with { Variables = [new OutputVariable("P", Unit.Parse("mL"))] } };
        var error = await Assert.ThrowsAsync<SolverException>(() => new Windkessel2Solver().SolveAsync(request, Ct));
        Assert.Contains("'mL'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_FakeClock_ReportsDiagnosticsAndFrozenWallTime()
    {
        var output = await new Windkessel2Solver(new FakeTimeProvider()).SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL")), Ct);

        Assert.Equal("dopri5", output.Diagnostics.Method);
        Assert.Equal(TimeSpan.Zero, output.Diagnostics.WallTime);
        Assert.True(output.Diagnostics.Steps > 0);

        // Six new stages per step (FSAL), plus the first evaluation and the initial-step estimate.
        Assert.Equal((6 * (output.Diagnostics.Steps + output.Diagnostics.RejectedSteps)) + 2, output.Diagnostics.RhsEvaluations);
    }

    [Fact]
    public async Task SolveAsync_FixedStepRk4Requested_UsesIt()
    {
        var numerics = new NumericsSettings(Method: "rk4", FixedStep: new Quantity(10, Unit.Parse("ms")));
        var output = await new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL"), numerics: numerics), Ct);

        Assert.Equal("rk4", output.Diagnostics.Method);
        Assert.Equal(200, output.Diagnostics.Steps);
        Assert.True(MaxError(output.Series.Find("P")!.Values, Times, t => 100 * Math.Exp(-t / 1.5)) < 1e-6);
    }

    [Fact]
    public async Task SolveAsync_UnknownMethod_ThrowsSolverException()
    {
        var numerics = new NumericsSettings(Method: "bdf");
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL"), numerics: numerics), Ct));
        Assert.Contains("'bdf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_CancelledToken_Cancels()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new Windkessel2Solver().SolveAsync(Decay(Q("R", 1.0, "mmHg*s/mL")), source.Token));
    }
}
