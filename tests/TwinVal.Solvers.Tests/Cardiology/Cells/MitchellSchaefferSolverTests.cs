using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Solvers.Cardiology.Cells;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Cells;

public sealed class MitchellSchaefferSolverTests
{
    private static NamedQuantity[] Parameters =>
    [
        Q("tau_in", 0.3, "ms"), Q("tau_out", 6.0, "ms"), Q("tau_open", 120.0, "ms"), Q("tau_close", 150.0, "ms"), Q("v_gate", 0.13, "1"),
    ];

    [Fact]
    public async Task SolveAsync_RestingWithHalfOpenGate_RecoversGateExponentially()
    {
        // v = 0 is invariant without stimulus, so h obeys dh/dt = (1 − h)/τ_open: h(t) = 1 − 0.5·exp(−t/120 ms).
        var request = CellRequests.Build(MitchellSchaefferSolver.ModelId, Parameters, [("v", 0.0), ("h", 0.5)], 400);

        var output = await new MitchellSchaefferSolver().SolveAsync(request, CancellationToken.None);

        var h = output.Series.Find("h")!.Values;
        Assert.True(MaxError(h, request.Outputs.SampleTimes, t => 1 - (0.5 * Math.Exp(-t / 120.0))) < 1e-8);
        Assert.All(output.Series.Find("v")!.Values, v => Assert.Equal(0.0, v));
    }

    [Property(MaxTest = 10)]
    public bool SolveAsync_AnyStimulus_KeepsPotentialInUnitInterval(PositiveInt tenths)
    {
        // dv/dt = −1/τ_out < 0 at v = 1 without stimulus and dv/dt = J ≥ 0 at v = 0, so v stays in [0, 1] as long as the
        // 1 ms pulse (≤ 0.3/ms, as in the bundled case) is over before v nears 1.
        var amplitude = (tenths.Get % 4) / 10.0;
        var request = CellRequests.Build(MitchellSchaefferSolver.ModelId, Parameters, [("v", 0.0), ("h", 1.0)], 400, CellRequests.Pulse("J_stim", amplitude, "1/ms"));
        var v = new MitchellSchaefferSolver().SolveAsync(request, CancellationToken.None).Result.Series.Find("v")!.Values;
        return v.Min() >= -1e-9 && v.Max() <= 1.0;
    }

    [Fact]
    public async Task SolveAsync_MissingGateVoltage_NamesIt()
    {
        var request = CellRequests.Build(MitchellSchaefferSolver.ModelId, Parameters.Where(p => p.Name != "v_gate"), [("v", 0.0), ("h", 1.0)], 10);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => new MitchellSchaefferSolver().SolveAsync(request, CancellationToken.None));

        Assert.Contains("v_gate", ex.Message, StringComparison.Ordinal);
    }
}
