using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;
using static TwinVal.Solvers.Tests.Verification.VerificationRequests;

namespace TwinVal.Solvers.Tests.Verification;

public class StiffRoberSolverTests
{
    // Test Set for IVP Solvers (Mazzia & Magherini, Univ. Bari, release 2.4), problem ROBER, end values at t = 1e11.
    private static readonly double[] Published = [0.2083340149701255e-7, 0.8333360770334713e-13, 0.9999999791665050];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(double[] times, string? method = null, double k1 = 0.04, double k2 = 3e7, double k3 = 1e4) => Build(
        StiffRoberSolver.ModelId,
        [Q("k1", k1, "1/s"), Q("k2", k2, "1/s"), Q("k3", k3, "1/s")],
        [Q("y1", 1, "1"), Q("y2", 0, "1"), Q("y3", 0, "1")],
        Dimensionless(3),
        "s",
        times,
        new NumericsSettings(1e-8, 1e-22, method));

    [Theory]
    [InlineData(null)]
    [InlineData("rodas4")]
    public async Task SolveAsync_TestSetProblem_MatchesPublishedEndValuesWithinHundredRtol(string? method)
    {
        var output = await new StiffRoberSolver().SolveAsync(Request([1e11], method), Ct);

        for (var i = 0; i < 3; i++)
        {
            var value = output.Series.Find($"y{i + 1}")!.Values[0];
            Assert.True(Math.Abs(value - Published[i]) <= 1e-6 * Published[i], $"y{i + 1} = {value:R}, published {Published[i]:R}");
        }

        Assert.Equal(method ?? "rodas4", output.Diagnostics.Method);
    }

    [Fact]
    public async Task SolveAsync_FiniteDifferenceJacobian_MatchesPublishedEndValuesWithinOnePerMille()
    {
        // Rodas4's order conditions assume the exact Jacobian; with forward-difference Jacobians over eleven decades
        // of time the end values were measured 7e-5 (relative) off at rtol 1e-8, against 1e-11 with the analytic
        // Jacobian. The limit keeps the check meaningful (a wrong sign or a missing term is off by O(1)) without
        // pinning the difference quotient's details.
        var output = await new StiffRoberSolver().SolveAsync(Request([1e11], "rodas4-fd"), Ct);

        for (var i = 0; i < 3; i++)
        {
            var value = output.Series.Find($"y{i + 1}")!.Values[0];
            Assert.True(Math.Abs(value - Published[i]) <= 1e-3 * Published[i], $"y{i + 1} = {value:R}, published {Published[i]:R}");
        }

        Assert.Equal("rodas4-fd", output.Diagnostics.Method);
    }

    [Fact]
    public async Task SolveAsync_ExplicitMethod_ThrowsSolverExceptionNamingTheChoices()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new StiffRoberSolver().SolveAsync(Request([1.0], "dopri5"), Ct));
        Assert.Contains("'dopri5'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rodas4-fd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_MissingRateConstant_ThrowsSolverExceptionNamingIt()
    {
        var request = Request([1.0]) with { Parameters = [Q("k1", 0.04, "1/s"), Q("k3", 1e4, "1/s")] };
        var error = await Assert.ThrowsAsync<SolverException>(() => new StiffRoberSolver().SolveAsync(request, Ct));
        Assert.Contains("'k2'", error.Message, StringComparison.Ordinal);
    }

    // y1′ + y2′ + y3′ = 0 identically, so y1 + y2 + y3 = 1 for every rate constant; Rosenbrock methods preserve linear
    // invariants exactly, so only round-off and the O(rtol) drift of the stage linear solves remain.
    [Property(MaxTest = 20)]
    public async Task<bool> SolveAsync_AnyRateConstants_ConservesTotalMass(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var k1 = 0.01 + ((a.Get % 100) / 100.0);
        var k2 = Math.Pow(10, 5 + ((b.Get % 30) / 10.0));
        var k3 = Math.Pow(10, 2 + ((c.Get % 30) / 10.0));
        double[] times = [1, 10, 100, 1000];
        var output = await new StiffRoberSolver().SolveAsync(Request(times, null, k1, k2, k3), Ct);

        return Enumerable.Range(0, times.Length).All(r =>
            Math.Abs(output.Series.Find("y1")!.Values[r] + output.Series.Find("y2")!.Values[r] + output.Series.Find("y3")!.Values[r] - 1) < 1e-12);
    }
}
