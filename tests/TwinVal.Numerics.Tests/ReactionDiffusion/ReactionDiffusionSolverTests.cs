using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class ReactionDiffusionSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReactionDiffusionState Run(DiffusionScheme scheme, SplittingScheme splitting, int threads)
    {
        // 3-D, heterogeneous and anisotropic, a Dirichlet face, a nonlinear reaction: every code path that runs in parallel,
        // over 26 377 cells = 4 row blocks of 221 rows.
        var grid = new StructuredGrid(37, 23, 31, 0.5, 0.5, 0.5);
        var d = DiffusionCoefficients.FromFunction(grid, (x, y, z) => (x < 9 ? 1.0 : 0.2, 0.3 + (0.01 * y), z < 2 ? 0.0 : 0.1));
        var solver = ReactionDiffusionSolver.Create(
            d,
            GridBoundaries.NoFlux with { XLow = FaceBoundary.Fixed(1) },
            new NagumoReaction(0.2),
            new ReactionDiffusionOptions { TimeStep = 0.05, Diffusion = scheme, Splitting = splitting, MaxDegreeOfParallelism = threads });
        var state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, y, z) => x < 3 + y + z ? 0.9 : 0.05 * Math.Sin(x * y));
        solver.Advance(state, 0, 0.5, Ct);
        return state;
    }

    [Theory]
    [InlineData(DiffusionScheme.Explicit, SplittingScheme.Godunov)]
    [InlineData(DiffusionScheme.CrankNicolson, SplittingScheme.Strang)]
    public void Advance_OneAndFourThreads_BitIdentical(DiffusionScheme scheme, SplittingScheme splitting)
    {
        var one = Run(scheme, splitting, 1).Field(0).ToArray();
        var four = Run(scheme, splitting, 4).Field(0).ToArray();
        Assert.Equal(one, four);
        Assert.Contains(one, u => u is > 0.1 and < 0.8);
    }

    [Fact]
    public void Advance_ExplicitStepAboveLimit_ThrowsBeforeStepping()
    {
        var grid = StructuredGrid.Line(10, 0.1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1), GridBoundaries.NoFlux, new InertReaction(), new ReactionDiffusionOptions { TimeStep = 0.01 }));
        Assert.Contains("stability limit 0.005", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_ExactRotationWithoutDiffusion_MatchesClosedForm()
    {
        // D = 0 leaves the rotation v′ = −s, s′ = v: from (1, 0) the exact update gives (cos t, sin t) to round-off even with
        // two large steps, which a Runge–Kutta step would not.
        var grid = StructuredGrid.Line(4, 1.0);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 0), GridBoundaries.NoFlux, new MmsReaction(), new ReactionDiffusionOptions { TimeStep = 1.5, ExactReaction = true });
        var state = new ReactionDiffusionState(grid, 2);
        state.Set(0, (_, _, _) => 1);
        var stats = solver.Advance(state, 0, 3, Ct);
        Assert.Equal(2, stats.Steps);
        Assert.All(state.Field(0).ToArray(), v => Assert.Equal(Math.Cos(3), v, 14));
        Assert.All(state.Field(1).ToArray(), s => Assert.Equal(Math.Sin(3), s, 14));
    }

    [Fact]
    public void Advance_ExactReactionWithoutClosedForm_ThrowsNamingReaction()
    {
        var grid = StructuredGrid.Line(4, 1.0);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 0.1), GridBoundaries.NoFlux, new NagumoReaction(0.25), new ReactionDiffusionOptions { TimeStep = 0.1, ExactReaction = true });
        var error = Assert.Throws<InvalidOperationException>(() => solver.Advance(new ReactionDiffusionState(grid, 1), 0, 1, Ct));
        Assert.Contains(nameof(NagumoReaction), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ExactReactionWithSource_Throws()
    {
        var grid = StructuredGrid.Line(4, 0.25);
        Assert.Throws<ArgumentException>(() => ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1), GridBoundaries.NoFlux, new MmsReaction(), new MmsSource(1, 1), new ReactionDiffusionOptions { TimeStep = 0.01, ExactReaction = true }));
    }

    [Fact]
    public void Advance_OverflowingReaction_ThrowsNamingCellAndTime()
    {
        var grid = StructuredGrid.Plane(5, 4, 1, 1);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 0.1), GridBoundaries.NoFlux, new BlowUpReaction(), new ReactionDiffusionOptions { TimeStep = 0.1, Splitting = SplittingScheme.Godunov });
        var state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, y, _) => x > 3 && y > 2 ? 1 : 0);
        var error = Assert.Throws<IntegrationException>(() => solver.Advance(state, 0, 1, Ct));
        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.Contains("cell (3, 2, 0)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.1, error.Time, 15);
    }

    [Fact]
    public void Advance_MismatchedState_ThrowsStatingBoth()
    {
        var grid = StructuredGrid.Line(4, 0.25);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1), GridBoundaries.NoFlux, new MmsReaction(), new ReactionDiffusionOptions { TimeStep = 0.01 });
        var error = Assert.Throws<ArgumentException>(() => solver.Advance(new ReactionDiffusionState(grid, 1), 0, 1, Ct));
        Assert.Contains("1 variables", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 variables", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_CrankNicolson_ReportsSolvesAndIterations()
    {
        var grid = StructuredGrid.Plane(16, 16, 1.0 / 16, 1.0 / 16);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1), GridBoundaries.NoFlux, new NagumoReaction(0.25),
            new ReactionDiffusionOptions { TimeStep = 0.03, Diffusion = DiffusionScheme.CrankNicolson, PcgTolerance = 1e-9 });
        var state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, y, _) => x + y < 0.5 ? 1 : 0);
        var stats = solver.Advance(state, 0, 0.3, Ct);
        Assert.Equal(10, stats.Steps);
        Assert.Equal(0.03, stats.TimeStep, 15);
        Assert.Equal(20, stats.ReactionSubsteps);
        Assert.Equal(10, stats.DiffusionSolves);
        Assert.InRange(stats.PcgIterations, 10, 10L * 1000);
        Assert.InRange(stats.MaxRelativeResidual, 0, 1e-9);
    }

    [Fact]
    public void Advance_NoFluxPureDiffusion_ConservesIntegralToRoundOff()
    {
        // Through the whole solver (splitting with an inert reaction, explicit diffusion at the limit, 4 threads).
        var grid = new StructuredGrid(30, 20, 6, 0.1, 0.2, 0.3);
        var d = DiffusionCoefficients.FromFunction(grid, (x, y, z) => (x < 1.5 ? 5.0 : 1.0, y < 2 ? 0.0 : 0.5, 0.1 + z));
        var op = new DiffusionOperator(d, GridBoundaries.NoFlux);
        var solver = ReactionDiffusionSolver.Create(
            d, GridBoundaries.NoFlux, new InertReaction(), new ReactionDiffusionOptions { TimeStep = op.StableTimeStep, MaxDegreeOfParallelism = 4 });
        var state = new ReactionDiffusionState(grid, 1);
        state.Set(0, (x, y, z) => Math.Exp(-((x - 1) * (x - 1)) - (y * y)) + z);
        var before = state.Field(0).ToArray().Sum();
        var stats = solver.Advance(state, 0, 200 * op.StableTimeStep, Ct);
        Assert.Equal(200, stats.Steps);
        var after = state.Field(0).ToArray().Sum();
        Assert.True(Math.Abs(after - before) <= 1e-12 * before, $"Σu changed by {after - before:E3} from {before}");
    }
}
