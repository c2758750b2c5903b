using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Tests.ReactionDiffusion.Systems;
using TwinVal.Testing;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

/// <summary>
/// The bistable (Nagumo) front u_t = D u_xx + u(1 − u)(u − a): the travelling wave u = 1/(1 + exp((x − ct)/√(2D))) moves
/// at c = √(D/2)(1 − 2a) (benchmarks.md; McKean 1970, Adv. Math. 4:209, doi:10.1016/0001-8708(70)90023-X). With D = 1 and
/// a = 0.25, c = √0.5 · 0.5 = 0.35355….
/// </summary>
public class NagumoFrontTests
{
    private const double A = 0.25;
    private static readonly double Exact = Math.Sqrt(0.5) * (1 - (2 * A));

    [Fact]
    public void Advance_CoarseGrid_FrontSpeedWithinOnePercent()
    {
        // dx = 0.2, 31 cells across the front's 10–90 % width 2√2·ln 9 ≈ 6.2: the 1 % already
        // holds here (measured +0.058 %), so the default tier checks the tolerance at a cost of about 2 s.
        var speed = MeasureSpeed(dx: 0.2);
        Assert.True(Math.Abs(speed / Exact - 1) <= 0.01, $"front speed {speed:F6}, exact {Exact:F6}, relative error {(speed / Exact) - 1:P3}, limit 1 %");
    }

    [NightlyFact]
    [Trait("Tier", "nightly")]
    public void Advance_FineGrid_FrontSpeedWithinOneTenthPercent()
    {
        // dx = 0.05: the O(dx²) speed error drops 16× (measured +0.004 %); 0.1 % guards that the convergence is real.
        var speed = MeasureSpeed(dx: 0.05);
        Assert.True(Math.Abs(speed / Exact - 1) <= 0.001, $"front speed {speed:F6}, exact {Exact:F6}, relative error {(speed / Exact) - 1:P3}, limit 0.1 %");
    }

    /// <summary>Front position (u = ½, linear interpolation between cell centres) at t = 10 and t = 40, on [0, 60] with no flux.</summary>
    private static double MeasureSpeed(double dx)
    {
        var n = (int)Math.Round(60 / dx);
        var grid = StructuredGrid.Line(n, dx);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1.0),
            GridBoundaries.NoFlux,
            new NagumoReaction(A),
            new ReactionDiffusionOptions { TimeStep = 0.4 * dx * dx, Splitting = SplittingScheme.Strang });
        var state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, _, _) => 1 / (1 + Math.Exp((x - 15) / Math.Sqrt(2))));
        var ct = TestContext.Current.CancellationToken;

        // The first 10 time units let the discrete front relax to its own travelling profile.
        solver.Advance(state, 0, 10, ct);
        var first = Position(state);
        solver.Advance(state, 10, 40, ct);
        return (Position(state) - first) / 30;

        double Position(ReactionDiffusionState s)
        {
            var u = s.Field(0);
            for (var i = 0; i < n - 1; i++)
            {
                if (u[i] >= 0.5 && u[i + 1] < 0.5)
                {
                    return grid.X(i) + (dx * (u[i] - 0.5) / (u[i] - u[i + 1]));
                }
            }

            throw new InvalidOperationException("no u = ½ crossing: the front left the domain or collapsed");
        }
    }
}
