using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using TwinVal.Testing;
using static TwinVal.Solvers.Tests.Oncology.FisherKpp.FisherKppRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology.FisherKpp;

public class FisherKppSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SolveAsync_WhiteMatter_FrontSpeedsUpToWhiteMatterSpeed()
    {
        // Grey matter (D = 1 mm²/day) up to x = 20 mm, white matter (D = 5 mm²/day) beyond: once in white matter the
        // front approaches 2√(5·1) = 4.47 mm/day, delayed by Bramson's −(3/2)·√(D/ρ)/t ≈ −0.08 mm/day at day 40 —
        // far from the grey-matter speed 2 mm/day.
        var request = Build(
            FisherKppSolver.ModelId, 1, [40.0], ["speed_t2"], dx: 0.5, length: 250.0,
            extra: [Q("D_white", 5.0, "mm^2/day"), Q("white_matter_from", 20.0, "mm")]);
        var output = await new FisherKppSolver().SolveAsync(request, Ct);

        Assert.InRange(output.Series.Find("speed_t2")!.Values[0], 4.2, 4.5);
    }

    [Fact]
    public async Task SolveAsync_ExplicitStepHalved_ErrorAgainstCrankNicolsonHalves()
    {
        // Explicit Euler diffusion makes the split scheme first order in dt; Crank–Nicolson with Strang is second order,
        // so at dt = 0.005 day it serves as the time-converged front of the same spatial grid. The explicit front's
        // distance from it must halve with dt.
        var times = new[] { 10.0 };
        var cn = Build(FisherKppSolver.ModelId, 1, times, ["front_t1"], dx: 0.25, dt: 0.005);
        var reference = await Front(cn with { Numerics = cn.Numerics with { Method = "crank-nicolson" } });
        var coarse = await Front(Build(FisherKppSolver.ModelId, 1, times, ["front_t1"], dx: 0.25, dt: 0.01)) - reference;
        var fine = await Front(Build(FisherKppSolver.ModelId, 1, times, ["front_t1"], dx: 0.25, dt: 0.005)) - reference;

        Assert.InRange(coarse / fine, 1.8, 2.2);
    }

    // A 120² grid for 8 days: about 10 s on two busy cores, so nightly.
    [NightlyFact]
    [Trait("Tier", "nightly")]
    public async Task SolveAsync_TwoDimensionalQuadrant_AgreesWithCylindricalRadialSolver()
    {
        // The Cartesian quadrant and the 1-D cylindrical solver discretise the same problem differently (staircase seed,
        // grid anisotropy vs exact shells); at dx = 0.25 mm their fronts along the x axis agree to a few grid cells' tenths.
        var times = new[] { 8.0 };
        var planar = await new FisherKppSolver().SolveAsync(Build(FisherKppSolver.ModelId, 2, times, ["front_t2"], dx: 0.25, length: 30.0), Ct);
        var radial = await new FisherKppRadialSolver().SolveAsync(Build(FisherKppRadialSolver.ModelId, 2, times, ["front_t2"], dx: 0.25, length: 30.0), Ct);

        Assert.Equal(radial.Series.Find("front_t2")!.Values[0], planar.Series.Find("front_t2")!.Values[0], 0.1);
    }

    private static async Task<double> Front(SolveRequest request) =>
        (await new FisherKppSolver().SolveAsync(request, Ct)).Series.Find("front_t1")!.Values[0];

    [Fact]
    public async Task SolveAsync_UnknownMethod_ThrowsNamingChoices()
    {
        var request = Build(FisherKppSolver.ModelId, 1, [5.0], ["front_t1"], dx: 0.5);
        var error = await Assert.ThrowsAsync<SolverException>(
            () => new FisherKppSolver().SolveAsync(request with { Numerics = request.Numerics with { Method = "rk4" } }, Ct));
        Assert.Contains("crank-nicolson", error.Message, StringComparison.Ordinal);
    }
}
