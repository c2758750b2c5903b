using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;
using static TwinVal.Solvers.Tests.Verification.VerificationRequests;

namespace TwinVal.Solvers.Tests.Verification;

public class StiffVdpolSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(double mu, double[] times, double rtol = 1e-8) => Build(
        StiffVdpolSolver.ModelId,
        [Q("mu", mu, "1/s")],
        [Q("y1", 2, "1"), Q("y2", 0, "1/s")],
        [("y1", "1"), ("y2", "1/s")],
        "s",
        times,
        new NumericsSettings(rtol, rtol));

    [Fact]
    public async Task SolveAsync_MuZero_FollowsTheHarmonicOscillator()
    {
        // μ = 0: y1″ = −y1 with y1(0) = 2, y1′(0) = 0, so y1 = 2 cos t and y2 = −2 sin t.
        double[] times = [1, 2, 5, 10];
        var output = await new StiffVdpolSolver().SolveAsync(Request(0, times, 1e-10), Ct);

        Assert.All(Enumerable.Range(0, times.Length), r =>
        {
            Assert.Equal(2 * Math.Cos(times[r]), output.Series.Find("y1")!.Values[r], 1e-7);
            Assert.Equal(-2 * Math.Sin(times[r]), output.Series.Find("y2")!.Values[r], 1e-7);
        });
    }

    [Fact]
    public async Task SolveAsync_TestSetProblem_MatchesPublishedEndValues()
    {
        // Test Set for IVP Solvers (Mazzia & Magherini, release 2.4), VDPOLM at t = 2000: the stiff case μ = 1000.
        var output = await new StiffVdpolSolver().SolveAsync(Request(1000, [2000]), Ct);

        Assert.Equal(0.1706167732170469e1, output.Series.Find("y1")!.Values[0], 1e-6);
        Assert.Equal(-0.8928097010248125e-3, output.Series.Find("y2")!.Values[0], 1e-9);
    }

    [Fact]
    public async Task SolveAsync_RequestForOtherModel_ThrowsSolverException()
    {
        var request = Request(1000, [1]) with { Model = new ModelRef("stiff-rober", "1") };
        var error = await Assert.ThrowsAsync<SolverException>(() => new StiffVdpolSolver().SolveAsync(request, Ct));
        Assert.Contains("stiff-vdpol", error.Message, StringComparison.Ordinal);
    }
}
