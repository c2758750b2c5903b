using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

/// <summary>The manufactured solution of benchmarks.md (v = Π cos 2πx_i · sin t, s = −Π cos 2πx_i · cos t) in 1-D, 2-D, 3-D.</summary>
public class ManufacturedSolutionTests
{
    private const double End = 0.5;

    // Coarse time step per dimension: Richardson extrapolation in time needs the solution's mode in the asymptotic range
    // of Crank–Nicolson, λ·dt ≲ 4 with λ ≈ 4π²d (so dt = 1/20 in 1-D and 2-D, 1/30 in 3-D).
    public static TheoryData<int, int[], int> SpaceLadders => new()
    {
        { 1, [16, 32, 64, 128], 20 },
        { 2, [8, 16, 32, 64], 20 },
        { 3, [8, 12, 16], 30 },
    };

    [Theory]
    [MemberData(nameof(SpaceLadders))]
    public void Advance_SpaceLadderAgainstExactSolution_ObservedOrderTwo(int dimensions, int[] cells, int coarseSteps)
    {
        // Strang + Crank–Nicolson + RK4 is second order in time, with an error expansion in even powers of dt (the
        // scheme is symmetric up to RK4's O(dt⁴)). Richardson extrapolation of the runs at dt and dt/2,
        // (4·u(dt/2) − u(dt))/3, removes the dt² term, leaving the spatial error alone: the slope measures the stencil.
        var ladder = cells.Select(n =>
        {
            var coarse = Mms.Run(dimensions, n, End, Options(1.0 / coarseSteps));
            var fine = Mms.Run(dimensions, n, End, Options(0.5 / coarseSteps));
            var extrapolated = new ReactionDiffusionState(coarse.Grid, 2);
            for (var v = 0; v < 2; v++)
            {
                for (var c = 0; c < coarse.Grid.CellCount; c++)
                {
                    extrapolated.Field(v)[c] = ((4 * fine.Field(v)[c]) - coarse.Field(v)[c]) / 3;
                }
            }

            return (1.0 / n, Mms.MaxError(extrapolated, dimensions, Math.Sin(End), -Math.Cos(End)));
        }).ToList();
        var observed = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(Math.Abs(observed - 2) <= 0.2, $"observed order {observed:F3}, expected 2 ± 0.2; ladder (h, error): {string.Join(", ", ladder)}");

        static ReactionDiffusionOptions Options(double dt) =>
            new() { TimeStep = dt, Diffusion = DiffusionScheme.CrankNicolson, PcgTolerance = 1e-11 };
    }

    public static TheoryData<string, int> TimeLadders => new()
    {
        { "godunov-cn-rk4", 1 },
        { "godunov-explicit-euler", 1 },
        { "strang-cn-rk4", 2 },
        { "strang-cn-heun", 2 },
    };

    [Theory]
    [MemberData(nameof(TimeLadders))]
    public void Advance_TimeLadderAgainstSemiDiscreteSolution_ObservedOrderMatchesSplitting(string scheme, int order)
    {
        // The reference is the exact solution of the spatially discrete system on the same grid, so the error is the
        // time-stepping error alone (splitting, reaction and diffusion integrators).
        const int Dimensions = 2;
        const int Cells = 16;
        var (a, b) = Mms.SemiDiscrete(Dimensions, Cells, End);
        var explicitDiffusion = scheme.Contains("explicit", StringComparison.Ordinal);

        // Explicit diffusion needs dt ≤ h²/(2d) = 1/2048 here; the implicit ladders start at coarse steps.
        var steps = explicitDiffusion ? new[] { 1200, 2400, 4800, 9600 } : [20, 40, 80, 160, 320];
        var ladder = steps.Select(count =>
        {
            var options = new ReactionDiffusionOptions
            {
                TimeStep = End / count,
                Splitting = scheme.StartsWith("strang", StringComparison.Ordinal) ? SplittingScheme.Strang : SplittingScheme.Godunov,
                Diffusion = explicitDiffusion ? DiffusionScheme.Explicit : DiffusionScheme.CrankNicolson,
                ReactionTableau = scheme.EndsWith("heun", StringComparison.Ordinal) ? ButcherTableau.Heun
                    : explicitDiffusion ? ButcherTableau.ExplicitEuler : ButcherTableau.ClassicRk4,
                PcgTolerance = 1e-13,
            };
            return (End / count, Mms.MaxError(Mms.Run(Dimensions, Cells, End, options), Dimensions, a, b));
        }).ToList();
        var observed = ObservedOrder.Fit(ladder, 1.0);
        Assert.True(Math.Abs(observed - order) <= 0.2, $"observed order {observed:F3}, expected {order} ± 0.2; ladder (dt, error): {string.Join(", ", ladder)}");
    }

    [Fact]
    public void SemiDiscrete_ContinuousEigenvalue_ReducesToExactSolution()
    {
        // Hand check of the reference: at t = 0 it is (0, −1) on any grid, and on a fine grid it approaches (sin t, −cos t)
        // with the O(h²) eigenvalue error δ/λ ≈ (πh)²/3.
        Assert.Equal(0.0, Mms.SemiDiscrete(2, 16, 0).A, 14);
        Assert.Equal(-1.0, Mms.SemiDiscrete(2, 16, 0).B, 14);
        var (a, b) = Mms.SemiDiscrete(2, 4096, 1.0);
        Assert.Equal(Math.Sin(1.0), a, 6);
        Assert.Equal(-Math.Cos(1.0), b, 6);
    }
}
