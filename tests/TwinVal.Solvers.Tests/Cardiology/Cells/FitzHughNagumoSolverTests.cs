using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Solvers.Cardiology.Cells;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Cells;

public sealed class FitzHughNagumoSolverTests
{
    // Rest of FitzHugh's parameter set: the root of v − v³/3 − (v + a)/b = 0 (Newton's method, as the case's script).
    private const double RestV = -1.199408035244035;
    private const double RestW = -0.6242600440550439;

    private static NamedQuantity[] Parameters(double timeScale = 1.0) =>
        [Q("a", 0.7, "1"), Q("b", 0.8, "1"), Q("epsilon", 0.08, "1"), Q("t_scale", timeScale, "ms")];

    [Fact]
    public async Task SolveAsync_AtRestWithoutStimulus_StaysAtRest()
    {
        var request = CellRequests.Build(FitzHughNagumoSolver.ModelId, Parameters(), [("v", RestV), ("w", RestW)], 100);

        var output = await new FitzHughNagumoSolver().SolveAsync(request, CancellationToken.None);

        // The rest point is a root to rounding; integration at rtol = atol = 1e-10 keeps it there to far better than 1e-9.
        Assert.All(output.Series.Find("v")!.Values, v => Assert.Equal(RestV, v, 1e-9));
    }

    [Property(MaxTest = 5)]
    public bool SolveAsync_DoubledTimeScale_StretchesTheSolution(PositiveInt seed)
    {
        // With t_scale = s the solution at time s·t equals the t_scale = 1 solution at t (no stimulus, any start).
        var v0 = -2.0 + (seed.Get % 40 / 10.0);
        var fast = new FitzHughNagumoSolver().SolveAsync(
            CellRequests.Build(FitzHughNagumoSolver.ModelId, Parameters(1.0), [("v", v0), ("w", 0.0)], 50), CancellationToken.None).Result;
        var slow = new FitzHughNagumoSolver().SolveAsync(
            CellRequests.Build(FitzHughNagumoSolver.ModelId, Parameters(2.0), [("v", v0), ("w", 0.0)], 100), CancellationToken.None).Result;
        var a = fast.Series.Find("v")!.Values;
        var b = slow.Series.Find("v")!.Values;
        return a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-7);
    }
}
