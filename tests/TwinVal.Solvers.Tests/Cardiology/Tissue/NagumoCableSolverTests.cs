using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology.Tissue;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Tissue;

public class NagumoCableSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SolveRequest Request(double a, double h, double dt, double end, params (string Name, double X)[] points)
    {
        var ms = Unit.Parse("ms");
        NamedQuantity[] parameters =
        [
            Q("D", 1, "mm^2/ms"), Q("a", a, "1"), Q("L", 30, "mm"), Q("grid_spacing", h, "mm"), Q("x0", 5, "mm"),
            .. points.Select(p => Q($"{p.Name}_x", p.X, "mm")),
        ];
        var times = Grid(end, (int)Math.Round(end / 0.1));
        return new SolveRequest(
            "test-case", new ModelRef(NagumoCableSolver.ModelId, "1"), [.. parameters], [],
            new CaseProtocol(new Quantity(0, ms), new Quantity(end, ms), []),
            new OutputRequest([.. points.Select(p => new OutputVariable($"u_{p.Name}", Unit.Parse("1")))], ms, ImmutableArray.Create(times)),
            new NumericsSettings(FixedStep: new Quantity(dt, ms)),
            Seed: 1);
    }

    [Fact]
    public async Task SolveAsync_ThresholdAtOrAboveHalf_ThrowsSolverException()
    {
        // The travelling front that starts the problem exists (and advances) only for 0 < a < ½.
        var error = await Assert.ThrowsAsync<SolverException>(() => new NagumoCableSolver().SolveAsync(Request(0.5, 0.2, 0.016, 1, ("P", 2)), Ct));

        Assert.Contains("0 < a < 0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ThresholdQuarter_FrontPassesPointAtExactTimeWithinOnePercent()
    {
        // c = √0.5·0.5 = 0.35355 mm/ms: from x₀ = 5 to 15 mm takes 28.284 ms.
        var output = await new NagumoCableSolver().SolveAsync(Request(0.25, 0.2, 0.016, 40, ("P", 15)), Ct);
        var u = output.Series.Find("u_P")!.Values;
        var row = Enumerable.Range(1, u.Length - 1).First(i => u[i] >= 0.5);

        Assert.InRange(row * 0.1, 28.284 * 0.99, (28.284 * 1.01) + 0.1);
    }

    [Fact]
    public async Task SolveAsync_StepAboveExplicitLimit_ThrowsSolverException()
    {
        await Assert.ThrowsAsync<SolverException>(() => new NagumoCableSolver().SolveAsync(Request(0.25, 0.2, 0.05, 1, ("P", 1)), Ct));
    }

    [Fact]
    public async Task SolveAsync_PointOutsideCable_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new NagumoCableSolver().SolveAsync(Request(0.25, 0.2, 0.016, 1, ("P", 31)), Ct));

        Assert.Contains("P_x", error.Message, StringComparison.Ordinal);
    }
}
