using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>
/// The manufactured solution on the unit box in 1, 2 or 3 dimensions with D = I, its exact continuous values, and the
/// exact solution of the spatially discrete (method-of-lines) system, which isolates the time-stepping error.
/// </summary>
internal static class Mms
{
    /// <summary>Π over the active axes of cos 2πx_i.</summary>
    public static double Mode(int dimensions, double x, double y, double z) =>
        Math.Cos(2 * Math.PI * x) * (dimensions > 1 ? Math.Cos(2 * Math.PI * y) : 1) * (dimensions > 2 ? Math.Cos(2 * Math.PI * z) : 1);

    /// <summary>The unit box cut into n cells per active axis.</summary>
    public static StructuredGrid Grid(int dimensions, int n) =>
        new(n, dimensions > 1 ? n : 1, dimensions > 2 ? n : 1, 1.0 / n, 1.0 / n, 1.0 / n);

    /// <summary>Runs the manufactured problem from t = 0 to <paramref name="tEnd"/> and returns the state.</summary>
    public static ReactionDiffusionState Run(int dimensions, int n, double tEnd, ReactionDiffusionOptions options)
    {
        var grid = Grid(dimensions, n);
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux, new MmsReaction(), new MmsSource(dimensions, dimensions), options);
        var state = new ReactionDiffusionState(grid, 2);
        state.Set(0, (_, _, _) => 0.0);
        state.Set(1, (x, y, z) => -Mode(dimensions, x, y, z));
        solver.Advance(state, 0, tEnd, TestContext.Current.CancellationToken);
        return state;
    }

    /// <summary>
    /// max over cells and both variables of |numerical − amplitude·mode| for amplitudes (a, b) of (v, s), divided by
    /// max over cells of |mode|. The division matters on coarse grids: the sampled peak of the mode, cos(π/n)^d, is well
    /// below 1 there (0.79 for d = 3, n = 8) and would otherwise bend the error ladder away from its h² slope.
    /// </summary>
    public static double MaxError(ReactionDiffusionState state, int dimensions, double a, double b)
    {
        var grid = state.Grid;
        var v = state.Field(0);
        var s = state.Field(1);
        var (error, peak) = (0.0, 0.0);
        for (var c = 0; c < grid.CellCount; c++)
        {
            var (i, j, k) = grid.Cell(c);
            var mode = Mode(dimensions, grid.X(i), grid.Y(j), grid.Z(k));
            error = Math.Max(error, Math.Max(Math.Abs(v[c] - (a * mode)), Math.Abs(s[c] - (b * mode))));
            peak = Math.Max(peak, Math.Abs(mode));
        }

        return error / peak;
    }

    /// <summary>
    /// Amplitudes (a, b) at time t of the semi-discrete solution v = a(t)·mode, s = b(t)·mode. On the cell-centred grid
    /// cos 2πx is an exact eigenvector of the no-flux 3-point Laplacian with eigenvalue −4 sin²(πh)/h² per axis (the
    /// mirror ghost cell equals cos 2π(−h/2)), so the method of lines reduces to a′ = −λa − b + F sin t, b′ = a,
    /// a(0) = 0, b(0) = −1, with F = 4π²d. Solution (derived by hand, see the test's comments): a = (F/λ) sin t + β_h′,
    /// b = −(F/λ) cos t + β_h, β_h = C₊e^{μ₊t} + C₋e^{μ₋t}, μ± = (−λ ± √(λ² − 4))/2, C₊ = −μ₋δ/(λ(μ₊ − μ₋)),
    /// C₋ = μ₊δ/(λ(μ₊ − μ₋)), δ = F − λ. For λ = F (the continuous operator) it is a = sin t, b = −cos t.
    /// </summary>
    public static (double A, double B) SemiDiscrete(int dimensions, int n, double t)
    {
        var h = 1.0 / n;
        var sin = Math.Sin(Math.PI * h);
        var lambda = dimensions * 4 * sin * sin / (h * h);
        var f = 4 * Math.PI * Math.PI * dimensions;
        var delta = f - lambda;
        var root = Math.Sqrt((lambda * lambda) - 4);
        var (mp, mm) = ((-lambda + root) / 2, (-lambda - root) / 2);
        var cp = -mm * delta / (lambda * (mp - mm));
        var cm = mp * delta / (lambda * (mp - mm));
        var (ep, em) = (Math.Exp(mp * t), Math.Exp(mm * t));
        return ((f / lambda * Math.Sin(t)) + (mp * cp * ep) + (mm * cm * em), (-f / lambda * Math.Cos(t)) + (cp * ep) + (cm * em));
    }
}
