using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Solvers.Cardiology.Cells;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Cells;

public sealed class AlievPanfilovSolverTests
{
    private static NamedQuantity[] Parameters =>
        [Q("k", 8.0, "1"), Q("a", 0.15, "1"), Q("epsilon0", 0.002, "1"), Q("mu1", 0.2, "1"), Q("mu2", 0.3, "1"), Q("t_scale", 12.9, "ms")];

    [Fact]
    public async Task SolveAsync_RestWithoutStimulus_StaysExactlyAtZero()
    {
        var request = CellRequests.Build(AlievPanfilovSolver.ModelId, Parameters, [("u", 0.0), ("v", 0.0)], 100);

        var output = await new AlievPanfilovSolver().SolveAsync(request, CancellationToken.None);

        Assert.All(output.Series.Find("u")!.Values, u => Assert.Equal(0.0, u));
    }

    [Fact]
    public async Task SolveAsync_SubthresholdPulse_DecaysWithoutUpstroke()
    {
        // A pulse of 1.0 for 1 ms lifts u by about 1/12.9 = 0.078 < a = 0.15: the cubic pulls it back to rest.
        var request = CellRequests.Build(AlievPanfilovSolver.ModelId, Parameters, [("u", 0.0), ("v", 0.0)], 200, CellRequests.Pulse("I_stim", 1.0));

        var u = (await new AlievPanfilovSolver().SolveAsync(request, CancellationToken.None)).Series.Find("u")!.Values;

        Assert.InRange(u.Max(), 0.05, 0.15);
        Assert.True(u[^1] < 1e-3, $"u(200 ms) = {u[^1]}");
    }

    [Property(MaxTest = 10)]
    public bool SolveAsync_AnySuprathresholdPulse_KeepsPotentialBelowOne(PositiveInt tenths)
    {
        var amplitude = 2.0 + (tenths.Get % 20 / 10.0);
        var request = CellRequests.Build(AlievPanfilovSolver.ModelId, Parameters, [("u", 0.0), ("v", 0.0)], 300, CellRequests.Pulse("I_stim", amplitude));
        var u = new AlievPanfilovSolver().SolveAsync(request, CancellationToken.None).Result.Series.Find("u")!.Values;
        return u.Max() > 0.9 && u.Max() <= 1.0 && u.Min() >= -1e-9;
    }
}
