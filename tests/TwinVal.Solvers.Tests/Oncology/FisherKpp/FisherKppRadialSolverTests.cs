using TwinVal.Harness.Execution;
using TwinVal.Solvers.Oncology;
using TwinVal.Solvers.Oncology.FisherKpp;
using static TwinVal.Solvers.Tests.Oncology.FisherKpp.FisherKppRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology.FisherKpp;

public class FisherKppRadialSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SolveAsync_NegligibleDiffusion_SeedGrowsLogisticallyAndTurnsVisible()
    {
        // D = 1e-9 mm²/day: the seed (u = 0.5 for r < 5 mm) only proliferates. u/(1 − u) = e^(ρt), so it reaches the
        // T1-Gd level 0.8 at t = ln 4 days; after that the front sits in the seed's last cell: centre 4.75 mm plus
        // dx·(u − 0.8)/u by linear interpolation towards the empty neighbour.
        var times = new[] { 1.0, 2.0, 3.0 };
        var request = Build(FisherKppRadialSolver.ModelId, 3, times, ["front_t1"], dx: 0.5, d: 1e-9, seedDensity: 0.5);
        var output = await new FisherKppRadialSolver().SolveAsync(request, Ct);

        var front = output.Series.Find("front_t1")!.Values;
        Assert.Equal(0.0, front[0]);
        foreach (var i in new[] { 1, 2 })
        {
            var u = 1 / (1 + Math.Exp(-times[i]));
            Assert.Equal(4.75 + (0.5 * (u - 0.8) / u), front[i], 1e-6);
        }
    }

    [Fact]
    public async Task SolveAsync_PlanarDimension_AgreesWithCartesianSolver()
    {
        // In one dimension the radial finite volumes and TwinVal.Numerics' Cartesian operator are the same scheme
        // (cell-centred, harmonic faces, explicit Euler diffusion, Strang with the exact logistic flow).
        var times = Grid(10, 5)[1..];
        string[] outputs = ["front_t1", "front_t2", "speed_t2"];
        var radial = await new FisherKppRadialSolver().SolveAsync(Build(FisherKppRadialSolver.ModelId, 1, times, outputs, dx: 0.25, dt: 0.02), Ct);
        var planar = await new FisherKppSolver().SolveAsync(Build(FisherKppSolver.ModelId, 1, times, outputs, dx: 0.25, dt: 0.02), Ct);

        foreach (var name in outputs)
        {
            var (a, b) = (radial.Series.Find(name)!.Values, planar.Series.Find(name)!.Values);
            Assert.All(Enumerable.Range(0, a.Length), i => Assert.Equal(b[i], a[i], 1e-10));
        }
    }

    [Fact]
    public async Task SolveAsync_SphericalFront_LagsPlanarFront()
    {
        // Curvature slows a spherical front (speed ≈ 2√(Dρ) − 2D/r): at equal parameters the 3-D radius trails the 1-D one.
        var times = new[] { 10.0 };
        var sphere = await new FisherKppRadialSolver().SolveAsync(Build(FisherKppRadialSolver.ModelId, 3, times, ["front_t2"], dx: 0.25), Ct);
        var line = await new FisherKppRadialSolver().SolveAsync(Build(FisherKppRadialSolver.ModelId, 1, times, ["front_t2"], dx: 0.25), Ct);

        Assert.InRange(line.Series.Find("front_t2")!.Values[0] - sphere.Series.Find("front_t2")!.Values[0], 1.0, 10.0);
    }

    [Fact]
    public async Task SolveAsync_VolumeInThreeDimensions_IsBallInsideFront()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 3, [5.0], ["front_t1", "volume_t1"], dx: 0.5);
        var output = await new FisherKppRadialSolver().SolveAsync(request, Ct);

        var r = output.Series.Find("front_t1")!.Values[0];
        Assert.Equal(4.0 / 3.0 * Math.PI * r * r * r, output.Series.Find("volume_t1")!.Values[0], 1e-9);
    }

    [Fact]
    public async Task SolveAsync_VolumeInTwoDimensions_ThrowsNamingDimension()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 2, [5.0], ["volume_t1"], dx: 0.5);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("dimension 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_DimensionFour_ThrowsNamingParameter()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 4, [5.0], ["front_t1"], dx: 0.5);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("'dimension'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_DomainNotWholeCells_ThrowsNamingDx()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 3, [5.0], ["front_t1"], dx: 0.7);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_StepAboveStabilityLimit_ThrowsWithLimit()
    {
        // dx = 0.5 mm in 3-D: the first cell limits the explicit step to dx²/(3D)·(a little) ≈ 0.083 day.
        var request = Build(FisherKppRadialSolver.ModelId, 3, [5.0], ["front_t1"], dx: 0.5, dt: 0.2);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("stability limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_FrontLeavesDomain_ThrowsNamingTime()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 1, [5.0, 40.0], ["front_t2"], dx: 0.5, length: 30.0);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("at t = 40 day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_WhiteMatterWithoutBoundary_ThrowsNamingBoth()
    {
        var request = Build(FisherKppRadialSolver.ModelId, 1, [5.0], ["front_t1"], dx: 0.5, extra: [Q("D_white", 5.0, "mm^2/day")]);
        var error = await Assert.ThrowsAsync<SolverException>(() => new FisherKppRadialSolver().SolveAsync(request, Ct));
        Assert.Contains("white_matter_from", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_SpeedWindowBeforeStart_ClipsToRunAndNotesIt()
    {
        // w = 2 day at t = 0.5 day reaches 0.5 day before the start: the quotient is taken over [0, 1.5] day, the part
        // of the window inside the run. The same readings (0, 0.5, 1.5 day; same step partition) give the fronts.
        var speeds = await new FisherKppRadialSolver().SolveAsync(
            Build(FisherKppRadialSolver.ModelId, 1, [0.5, 5.0], ["speed_t1"], dx: 0.5), Ct);
        var fronts = await new FisherKppRadialSolver().SolveAsync(
            Build(FisherKppRadialSolver.ModelId, 1, [0.0, 0.5, 1.5], ["front_t1"], dx: 0.5), Ct);

        var front = fronts.Series.Find("front_t1")!.Values;
        Assert.Equal((front[2] - front[0]) / 1.5, speeds.Series.Find("speed_t1")!.Values[0], 1e-12);
        var note = Assert.Single(speeds.Diagnostics.Notes);
        Assert.Contains("first t = 0.5 day", note, StringComparison.Ordinal);
        Assert.Empty(fronts.Diagnostics.Notes);
    }
}
