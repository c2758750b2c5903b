using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Verification;
using static TwinVal.Solvers.Tests.Requests;
using static TwinVal.Solvers.Tests.Verification.VerificationRequests;

namespace TwinVal.Solvers.Tests.Verification;

public class StiffHiresSolverTests
{
    // Test Set for IVP Solvers (Mazzia & Magherini, Univ. Bari, release 2.4), problem HIRES, end values at t = 321.8122.
    private static readonly double[] Published =
    [
        0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2,
        0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(double[] times, string? method = null) => Build(
        StiffHiresSolver.ModelId,
        [],
        [.. new[] { 1, 0, 0, 0, 0, 0, 0, 0.0057 }.Select((v, i) => Q($"y{i + 1}", v, "1"))],
        Dimensionless(8),
        "s",
        times,
        new NumericsSettings(1e-8, 1e-12, method));

    [Theory]
    [InlineData("rodas4")]
    [InlineData("rodas4-fd")]
    public async Task SolveAsync_TestSetProblem_MatchesPublishedEndValuesWithinHundredRtol(string method)
    {
        var output = await new StiffHiresSolver().SolveAsync(Request([321.8122], method), Ct);

        for (var i = 0; i < 8; i++)
        {
            var value = output.Series.Find($"y{i + 1}")!.Values[0];
            Assert.True(Math.Abs(value - Published[i]) <= 1e-6 * Published[i], $"y{i + 1} = {value:R}, published {Published[i]:R}");
        }
    }

    [Fact]
    public async Task SolveAsync_AnyTime_KeepsY7PlusY8AtItsInitialValue()
    {
        // y7′ = −y8′ in HIRES, so y7 + y8 = y7(0) + y8(0) = 0.0057 throughout.
        double[] times = [0.5, 5, 50, 321.8122];
        var output = await new StiffHiresSolver().SolveAsync(Request(times), Ct);

        Assert.All(Enumerable.Range(0, times.Length), r =>
            Assert.Equal(0.0057, output.Series.Find("y7")!.Values[r] + output.Series.Find("y8")!.Values[r], 1e-15));
    }

    [Fact]
    public async Task SolveAsync_MissingInitialValue_ThrowsSolverExceptionNamingIt()
    {
        var request = Request([1.0]);
        request = request with { InitialState = request.InitialState.RemoveAt(7) };
        var error = await Assert.ThrowsAsync<SolverException>(() => new StiffHiresSolver().SolveAsync(request, Ct));
        Assert.Contains("'y8'", error.Message, StringComparison.Ordinal);
    }
}
