using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests;

public class ExplicitRungeKuttaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly double[] Checkpoints = [0.5, 1.0, 1.5, 2.0];

    public static TheoryData<string, int> Methods => new() { { "euler", 1 }, { "heun", 2 }, { "rk4", 4 }, { "dopri5-fixed", 5 } };

    private static ButcherTableau Tableau(string name) => name switch
    {
        "euler" => ButcherTableau.ExplicitEuler,
        "heun" => ButcherTableau.Heun,
        "rk4" => ButcherTableau.ClassicRk4,
        _ => ButcherTableau.DormandPrince5,
    };

    // Ladder h = 2/N, N = 16…1024: every h divides the checkpoints, so no step is shortened and each level is a clean
    // refinement of the previous one.
    private static IEnumerable<int> Ladder => Enumerable.Range(0, 7).Select(k => 16 << k);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Integrate_ExpSinProblem_ObservedOrderMatchesTheory(string method, int order)
    {
        var ladder = new List<(double, double)>();
        foreach (var steps in Ladder)
        {
            var system = new ExpSinSystem();
            var output = new double[Checkpoints.Length];
            var h = 2.0 / steps;
            ExplicitRungeKutta.Integrate(ref system, Tableau(method), 0, [1.0], Checkpoints, output, new IntegrationOptions { FixedStep = h }, Ct);
            ladder.Add((h, Checkpoints.Select((t, i) => Math.Abs(output[i] - ExpSinSystem.Exact(t))).Max()));
        }

        Assert.InRange(ObservedOrder.Fit(ladder, Math.E), order - 0.2, order + 0.2);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Integrate_ManufacturedLinearSystem_ObservedOrderMatchesTheory(string method, int order)
    {
        var ladder = new List<(double, double)>();
        foreach (var steps in Ladder)
        {
            var system = new ManufacturedLinearSystem();
            var output = new double[Checkpoints.Length * 2];
            var h = 2.0 / steps;
            ExplicitRungeKutta.Integrate(ref system, Tableau(method), 0, [1.0, 1.0], Checkpoints, output, new IntegrationOptions { FixedStep = h }, Ct);
            var error = 0.0;
            for (var i = 0; i < Checkpoints.Length; i++)
            {
                var (u0, u1) = ManufacturedLinearSystem.Exact(Checkpoints[i]);
                error = Math.Max(error, Math.Max(Math.Abs(output[2 * i] - u0), Math.Abs(output[(2 * i) + 1] - u1)));
            }

            ladder.Add((h, error));
        }

        Assert.InRange(ObservedOrder.Fit(ladder, 2.0), order - 0.2, order + 0.2);
    }

    // λ ∈ [−2, 1], ω ∈ [0.5, 3] and h ≤ 0.1 keep |λh| and ωh small, so every level is in RK4's asymptotic range.
    [Property(MaxTest = 40)]
    public Property Integrate_RandomForcedLinearProblem_Rk4ObservedOrderIsFour()
    {
        var problems =
            from l in Gen.Choose(-200, 100)
            from w in Gen.Choose(50, 300)
            from y in Gen.Choose(-100, 100)
            select (Lambda: l / 100.0, Omega: w / 100.0, Y0: y / 100.0);
        return Prop.ForAll(problems.ToArbitrary(), p =>
        {
            var ladder = new List<(double, double)>();
            var system = new ForcedLinearSystem(p.Lambda, p.Omega);
            var scale = 1.0;
            foreach (var steps in Enumerable.Range(0, 5).Select(k => 20 << k))
            {
                var output = new double[Checkpoints.Length];
                var h = 2.0 / steps;
                ExplicitRungeKutta.Integrate(ref system, ButcherTableau.ClassicRk4, 0, [p.Y0], Checkpoints, output, new IntegrationOptions { FixedStep = h }, Ct);
                ladder.Add((h, Checkpoints.Select((t, i) => Math.Abs(output[i] - system.Exact(t, p.Y0))).Max()));
                scale = Math.Max(scale, Checkpoints.Select(t => Math.Abs(system.Exact(t, p.Y0))).Max());
            }

            var slope = ObservedOrder.Fit(ladder, scale);
            return (slope >= 3.8 && slope <= 4.2).Label($"slope {slope:F3} for {p}");
        });
    }

    [Fact]
    public void Integrate_OutputTimesNotMultipleOfStep_ReachesEachExactlyWithEqualSubsteps()
    {
        // y′ = cos t: Euler is not exact, but the step count is: ⌈0.35/0.3⌉ = 2 steps, then ⌈0.65/0.3⌉ = 3 steps.
        var system = new ExpSinSystem();
        var output = new double[2];
        var stats = ExplicitRungeKutta.Integrate(
            ref system, ButcherTableau.ExplicitEuler, 0, [1.0], [0.35, 1.0], output, new IntegrationOptions { FixedStep = 0.3 }, Ct);

        Assert.Equal(5, stats.AcceptedSteps);
        Assert.Equal(5, stats.RhsEvaluations);

        // Two Euler steps of 0.175 from y = 1: y1 = 1 + 0.175·cos 0 = 1.175; y2 = y1 + 0.175·y1·cos 0.175.
        var y1 = 1.175;
        Assert.Equal(y1 + (0.175 * y1 * Math.Cos(0.175)), output[0], 15);
    }

    [Fact]
    public void Integrate_ManyOutputsFarFromZero_TakesExactlyTheStepsThatDivideEachInterval()
    {
        // Outputs every 0.02 up to 700 with h = 0.005: t_{i+1} − t_i differs from 0.02 by up to ~1e-13 (ε·|t|), which
        // must not earn a fifth step in any interval: 4 × 35 000 steps exactly.
        var system = new ExpSinSystem();
        var times = Enumerable.Range(1, 35_000).Select(i => i * 0.02).ToArray();
        var output = new double[times.Length];
        var stats = ExplicitRungeKutta.Integrate(
            ref system, ButcherTableau.ExplicitEuler, 0, [1.0], times, output, new IntegrationOptions { FixedStep = 0.005 }, Ct);

        Assert.Equal(140_000, stats.AcceptedSteps);
    }

    [Fact]
    public void Integrate_StateBecomesNaN_ThrowsNonFiniteWithComponent()
    {
        var system = new FaultySystem(breakTime: 0.5);
        var output = new double[2];
        var error = Assert.Throws<IntegrationException>(() => ExplicitRungeKutta.Integrate(
            ref system, ButcherTableau.ClassicRk4, 0, [1.0, 1.0], [1.0], output, new IntegrationOptions { FixedStep = 0.1 }, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.Contains("component 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_NonPositiveStep_ThrowsArgumentException()
    {
        var system = new ExpSinSystem();
        var output = new double[1];
        Assert.Throws<ArgumentException>(() => ExplicitRungeKutta.Integrate(
            ref system, ButcherTableau.Heun, 0, [1.0], [1.0], output, new IntegrationOptions { FixedStep = 0 }, Ct));
    }
}
