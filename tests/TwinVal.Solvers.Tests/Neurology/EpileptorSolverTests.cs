using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Neurology.NeuroRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class EpileptorSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Interictal start, just before a seizure at default parameters (epileptor-seizure-cycle's initial state).
    private static readonly NamedQuantity[] NearOnset =
    [
        Q("x1", -0.9026991751579251, "1"), Q("y1", -3.387639474811793, "1"), Q("z", 2.8535486219156287, "1"),
        Q("x2", -0.6710453016602996, "1"), Q("y2", 0.0, "1"), Q("g", -0.13640879260493144, "1"),
    ];

    // Near the interictal fixed point of x0 = −3 (x1 ≈ −1.98, y1 = 1 − 5·x1², z = 4·(x1 − x0) ≈ 4.08, g ≈ 0.1·x1).
    private static readonly NamedQuantity[] Interictal =
    [
        Q("x1", -1.98, "1"), Q("y1", -18.6, "1"), Q("z", 4.08, "1"), Q("x2", -1, "1"), Q("y2", 0, "1"), Q("g", -0.198, "1"),
    ];

    private static async Task<double> MaxX1(double x0)
    {
        var output = await new EpileptorSolver().SolveAsync(
            Build("epileptor", EpiParameters.With("x0", x0, "1"), Interictal, "ms", Grid(3000, 3000), outputs: [("x1", "1")]), Ct);
        return output.Series.Find("x1")!.Values.Max();
    }

    [Fact]
    public async Task SolveAsync_DefaultExcitability_SeizesWithin3000Ms()
    {
        // At x0 = −1.6, above the 2-D reduction's threshold (≈ −2.06), z falls to the fold and the node seizes: x1 > 0.
        Assert.True(await MaxX1(-1.6) > 0);
    }

    [Fact]
    public async Task SolveAsync_ExcitabilityWellBelowThreshold_StaysInterictal()
    {
        // At x0 = −3 the same start stays at the stable interictal fixed point: x1 never comes near 0.
        Assert.True(await MaxX1(-3.0) < -1.5);
    }

    [Fact]
    public async Task SolveAsync_MissingX0_ThrowsNamingIt()
    {
        var request = Build("epileptor", EpiParameters.Without("x0"), NearOnset, "ms", Grid(10, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new EpileptorSolver().SolveAsync(request, Ct));
        Assert.Contains("'x0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_TimeScaleWithUnit_ThrowsNamingIt()
    {
        var request = Build("epileptor", EpiParameters.With("tau2", 10, "ms"), NearOnset, "ms", Grid(10, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new EpileptorSolver().SolveAsync(request, Ct));
        Assert.Contains("'tau2'", error.Message, StringComparison.Ordinal);
    }
}
