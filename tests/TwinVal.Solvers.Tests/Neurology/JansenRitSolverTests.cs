using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Neurology.NeuroRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class JansenRitSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // On the p = 220 /s limit cycle: jr-alpha-rhythm's initial state (its SciPy script, after 20 s from rest).
    private static readonly NamedQuantity[] OnCycle =
    [
        Q("y0", 0.11551434645234936, "mV"), Q("y1", 24.649925916929664, "mV"), Q("y2", 18.404055304282206, "mV"),
        Q("y3", -1.3156776939996464, "mV/s"), Q("y4", 0.004102557140586605, "mV/s"), Q("y5", 47.05880561440485, "mV/s"),
    ];

    private static ConstantInput P(double value, string unit) => new("p", Unit.Parse(unit), value);

    private static double Frequency(double[] t, IReadOnlyList<double> y, double level)
    {
        var crossings = Enumerable.Range(1, t.Length - 1).Where(i => y[i - 1] < level && y[i] >= level)
            .Select(i => t[i - 1] + ((level - y[i - 1]) * (t[i] - t[i - 1]) / (y[i] - y[i - 1]))).ToArray();
        return (crossings.Length - 1) / (crossings[^1] - crossings[0]);
    }

    [Fact]
    public async Task SolveAsync_ConstantInputOnLimitCycle_OscillatesAtAlphaFrequency()
    {
        var t = Grid(1, 1000);
        var output = await new JansenRitSolver().SolveAsync(Build("jansen-rit", JrParameters, OnCycle, "s", t, [P(220, "1/s")]), Ct);

        // SciPy DOP853 at rtol 1e-12 gives 10.938029 Hz for this sampling rule (jr-alpha-rhythm/provenance.md).
        Assert.Equal(10.938029, Frequency(t, output.Series.Find("y0")!.Values, 0.11), 1e-5);
    }

    [Fact]
    public async Task SolveAsync_InputInHertzAndTimeInMilliseconds_SameTrajectory()
    {
        var seconds = Grid(0.2, 200);
        var milliseconds = seconds.Select(s => s * 1000).ToArray();
        var reference = await new JansenRitSolver().SolveAsync(Build("jansen-rit", JrParameters, OnCycle, "s", seconds, [P(220, "1/s")]), Ct);
        var converted = await new JansenRitSolver().SolveAsync(
            Build("jansen-rit", JrParameters.With("a", 0.1, "1/ms"), OnCycle, "ms", milliseconds, [P(0.22, "kHz")]), Ct);

        var a = reference.Series.Find("y1")!.Values;
        var b = converted.Series.Find("y1")!.Values;
        Assert.All(Enumerable.Range(0, a.Length), i => Assert.Equal(a[i], b[i], 1e-8));
    }

    [Fact]
    public async Task SolveAsync_MissingSigmoidMidpoint_ThrowsNamingIt()
    {
        var request = Build("jansen-rit", JrParameters.Without("v0"), OnCycle, "s", Grid(0.1, 10), [P(220, "1/s")]);

        var error = await Assert.ThrowsAsync<SolverException>(() => new JansenRitSolver().SolveAsync(request, Ct));
        Assert.Contains("'v0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_InputInWrongUnit_ThrowsNamingTheInput()
    {
        var request = Build("jansen-rit", JrParameters, OnCycle, "s", Grid(0.1, 10), [P(220, "mV")]);

        var error = await Assert.ThrowsAsync<SolverException>(() => new JansenRitSolver().SolveAsync(request, Ct));
        Assert.Contains("input 'p'", error.Message, StringComparison.Ordinal);
    }
}
