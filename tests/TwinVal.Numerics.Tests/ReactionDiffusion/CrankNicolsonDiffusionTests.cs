using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class CrankNicolsonDiffusionTests
{
    private static DiffusionCoefficients Heterogeneous(StructuredGrid grid) =>
        // Grey/white-matter-like contrast: D five times larger in the left half, anisotropic (fibres along x).
        DiffusionCoefficients.FromFunction(grid, (x, _, _) => x < 0.5 ? (5.0, 1.0, 0.0) : (1.0, 0.2, 0.0));

    private static double[] Bump(StructuredGrid grid)
    {
        var u = new double[grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, _) = grid.Cell(c);
            u[c] = Math.Exp(-40 * (Math.Pow(grid.X(i) - 0.4, 2) + Math.Pow(grid.Y(j) - 0.6, 2)));
        }

        return u;
    }

    [Fact]
    public void Step_SmallStep_MatchesExplicitEuler()
    {
        // Both are consistent with u' = Lu; at dt = limit/20 over t = 0.02 they differ by O(dt) (Euler's error), well under 1e-3.
        var grid = StructuredGrid.Plane(24, 24, 1.0 / 24, 1.0 / 24);
        var op = new DiffusionOperator(Heterogeneous(grid), GridBoundaries.NoFlux);
        var dt = op.StableTimeStep / 20;
        var steps = (int)Math.Ceiling(0.02 / dt);
        dt = 0.02 / steps;
        var (implicitU, explicitU, rates) = (Bump(grid), Bump(grid), new double[grid.CellCount]);
        var cn = new CrankNicolsonDiffusion(op);
        for (var s = 0; s < steps; s++)
        {
            cn.Step(implicitU, dt);
            op.Apply(explicitU, rates);
            for (var c = 0; c < rates.Length; c++)
            {
                explicitU[c] += dt * rates[c];
            }
        }

        var difference = implicitU.Zip(explicitU, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(difference < 1e-3, $"max |CN − explicit| = {difference:E3}");
        Assert.True(implicitU.Max() < 0.9, "the bump must have diffused noticeably, or the comparison says nothing");
    }

    [Fact]
    public void Step_StepFarAboveExplicitLimit_StaysBoundedAndConservesToTolerance()
    {
        // dt = 500× the explicit limit: forward Euler would explode. CN is not positivity-preserving at such steps (stiff
        // modes flip sign with amplification near −1), but for symmetric negative semi-definite L it is ℓ2-contractive,
        // ‖(I − cL)⁻¹(I + cL)‖₂ ≤ 1: the ℓ2 norm must not grow, and Σu is kept to the solve's relative residual.
        var grid = StructuredGrid.Plane(32, 32, 1.0 / 32, 1.0 / 32);
        var op = new DiffusionOperator(Heterogeneous(grid), GridBoundaries.NoFlux);
        var u = Bump(grid);
        var before = u.Sum();
        var cn = new CrankNicolsonDiffusion(op, tolerance: 1e-12);
        var dt = 500 * op.StableTimeStep;
        var norm = Math.Sqrt(u.Sum(x => x * x));
        for (var s = 0; s < 10; s++)
        {
            var stats = cn.Step(u, dt);
            Assert.InRange(stats.Iterations, 1, cn.MaxIterations);
            Assert.True(stats.RelativeResidual <= 1e-12);
            var next = Math.Sqrt(u.Sum(x => x * x));
            Assert.True(next <= norm * (1 + 1e-10), $"step {s}: ‖u‖₂ grew from {norm} to {next}");
            norm = next;
        }

        Assert.Equal(before, u.Sum(), 1e-9 * before);
    }

    [Fact]
    public void Step_DirichletEnds_ReachesLinearSteadyState()
    {
        // Cell-centred Dirichlet faces are exact for a linear profile: the steady state of u_t = u_xx with u(0) = 1,
        // u(1) = 3 is u = 1 + 2x at the cell centres. Steps of 0.01 (25× the explicit limit) damp the stiffest mode by
        // |1 − cλ|/(1 + cλ) ≈ 0.78 per step and the slowest by e^{−π²t}; after t = 10 both are gone.
        var grid = StructuredGrid.Line(20, 0.05);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.DirichletX(1, 3));
        var u = new double[20];
        var cn = new CrankNicolsonDiffusion(op, tolerance: 1e-13);
        for (var s = 0; s < 1000; s++)
        {
            cn.Step(u, 0.01);
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(1 + (2 * grid.X(i)), u[i], 9);
        }
    }

    [Fact]
    public void Step_TinyIterationBudget_ThrowsWithResidualAndTolerance()
    {
        var grid = StructuredGrid.Plane(32, 32, 1.0 / 32, 1.0 / 32);
        var op = new DiffusionOperator(Heterogeneous(grid), GridBoundaries.NoFlux);
        var cn = new CrankNicolsonDiffusion(op, tolerance: 1e-12, maxIterations: 2);
        var error = Assert.Throws<LinearSolverException>(() => cn.Step(Bump(grid), 100 * op.StableTimeStep));
        Assert.Contains("after 2 iterations", error.Message, StringComparison.Ordinal);
        Assert.Contains("tolerance 1.000E-012", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_OneAndManyThreads_BitIdentical()
    {
        // 48 000 cells = 6 row blocks of 204 rows, so the reductions really are split.
        var grid = new StructuredGrid(40, 30, 40, 0.1, 0.1, 0.1);
        var d = DiffusionCoefficients.FromFunction(grid, (x, y, z) => (1 + x, 0.5 + y, 0.2 + (z * z)));
        var op = new DiffusionOperator(d, GridBoundaries.NoFlux with { XLow = FaceBoundary.Fixed(1) });
        var (one, many) = (new double[grid.CellCount], new double[grid.CellCount]);
        for (var c = 0; c < one.Length; c++)
        {
            one[c] = many[c] = Math.Sin(c * 0.37);
        }

        var a = new CrankNicolsonDiffusion(op, maxDegreeOfParallelism: 1).Step(one, 0.01);
        var b = new CrankNicolsonDiffusion(op, maxDegreeOfParallelism: 4).Step(many, 0.01);
        Assert.Equal(a, b);
        Assert.Equal(one, many);
    }
}
