using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class DiffusionOperatorTests
{
    [Fact]
    public void Apply_HandCheckedThreeCellLine_MatchesHarmonicMeanFluxes()
    {
        // Cells with D = 1, 3, 0 and h = 0.5: face weights 2·1·3/4/0.25 = 6 and 0 (the D = 0 cell is insulated).
        // u = (1, 2, 7): (Lu)_0 = 6·(2 − 1) = 6, (Lu)_1 = 6·(1 − 2) + 0 = −6, (Lu)_2 = 0.
        var grid = StructuredGrid.Line(3, 0.5);
        var d = DiffusionCoefficients.FromArrays(grid, [1, 3, 0], [0, 0, 0], [0, 0, 0]);
        var op = new DiffusionOperator(d, GridBoundaries.NoFlux);
        var result = new double[3];
        op.Apply([1, 2, 7], result);
        Assert.Equal([6.0, -6.0, 0.0], result);
        // Each of cells 0 and 1 has one face of weight 6, so the limit is 1/6.
        Assert.Equal(1.0 / 6, op.StableTimeStep, 15);
    }

    [Fact]
    public void Apply_HandCheckedDirichletEnds_AddsHalfCellConductance()
    {
        // D = 2, h = 1, u = (0, 0), faces g = 1 (left) and g = 3 (right): each end cell gets 2·2/1·(g − 0) = 4g.
        var grid = StructuredGrid.Line(2, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 2.0), GridBoundaries.DirichletX(1, 3));
        var result = new double[2];
        op.Apply([0, 0], result);
        Assert.Equal([4.0, 12.0], result);
        op.Apply([0, 0], result, sourceScale: 0);
        Assert.Equal([0.0, 0.0], result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_CosineMode_IsEigenvectorWithDiscreteEigenvalue(int dimensions)
    {
        // cos 2πx at cell centres is an eigenvector of the no-flux cell-centred Laplacian with eigenvalue
        // −4 sin²(πh)/h² per axis (hand derivation: cos(a − b) + cos(a + b) − 2 cos a = −4 sin²(b/2) cos a).
        const int N = 12;
        var grid = Systems.Mms.Grid(dimensions, N);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        var u = new double[grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, k) = grid.Cell(c);
            u[c] = Systems.Mms.Mode(dimensions, grid.X(i), grid.Y(j), grid.Z(k));
        }

        var result = new double[u.Length];
        op.Apply(u, result);
        var sin = Math.Sin(Math.PI / N);
        var lambda = dimensions * 4 * sin * sin * N * N;
        for (var c = 0; c < u.Length; c++)
        {
            Assert.Equal(-lambda * u[c], result[c], 10);
        }
    }

    /// <summary>A 32 × 1024 plane (four row blocks) with Dirichlet x-faces and a field that varies per cell.</summary>
    private static (DiffusionOperator Op, double[] U) BlockedField()
    {
        var grid = StructuredGrid.Plane(32, 1024, 0.1, 0.1);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 0.7), GridBoundaries.DirichletX(1, -2));
        var u = new double[grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            u[c] = Math.Sin(0.37 * c) + (c % 7);
        }

        return (op, u);
    }

    [Fact]
    public void Apply_RepeatedSingleThread_AllocatesNothing()
    {
        var (op, u) = BlockedField();
        var result = new double[u.Length];
        op.Apply(u, result, 1.0, 1);

        // Tier-up / on-stack replacement can allocate a few kB on this thread at an unpredictable call (seen in CI-like
        // runs); a per-call allocation would show in every round, so the quietest of three rounds must be 0.
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < 50; call++)
            {
                op.Apply(u, result, 1.0, 1);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(rounds.Min() == 0, $"rounds of 50 single-thread applications allocated {string.Join(", ", rounds)} bytes; expected 0 (no blocks, closure or options)");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Apply_ParallelRepeatedly_BitIdenticalToSerial(int threads)
    {
        var (op, u) = BlockedField();
        var serial = new double[u.Length];
        var parallel = new double[u.Length];
        op.Apply(u, serial, 0.5, 1);
        for (var call = 0; call < 3; call++)
        {
            // The reused parallel state must not carry anything over between calls (scale, arrays).
            Array.Fill(parallel, double.NaN);
            op.Apply(u, parallel, 0.5, threads);
            Assert.Equal(serial, parallel);
        }
    }

    [Fact]
    public void Apply_ConcurrentCallers_EachGetsItsOwnResult()
    {
        var (op, u) = BlockedField();
        var v = u.Select(x => -2 * x).ToArray();
        var expectedU = new double[u.Length];
        var expectedV = new double[u.Length];
        op.Apply(u, expectedU, 1.0, 1);
        op.Apply(v, expectedV, 1.0, 1);
        var results = Enumerable.Range(0, 8).Select(_ => new double[u.Length]).ToArray();
        Parallel.For(0, results.Length, k => op.Apply(k % 2 == 0 ? u : v, results[k], 1.0, 2));
        for (var k = 0; k < results.Length; k++)
        {
            Assert.Equal(k % 2 == 0 ? expectedU : expectedV, results[k]);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Apply_InvalidParallelism_ThrowsNamingTheArgument(int threads)
    {
        var (op, u) = BlockedField();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => op.Apply(u, new double[u.Length], 1.0, threads));
        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }

    [Fact]
    public void CheckExplicitStep_AboveLimit_ThrowsWithValueLimitAndMargin()
    {
        // Anisotropic 2-D: Dxx = 1, Dyy = 0.25, h = 0.1 → limit 1/(2·(100 + 25)) = 0.004.
        var grid = StructuredGrid.Plane(8, 8, 0.1, 0.1);
        var op = new DiffusionOperator(DiffusionCoefficients.Uniform(grid, 1.0, 0.25, 0.0), GridBoundaries.NoFlux);
        Assert.Equal(0.004, op.StableTimeStep, 15);
        op.CheckExplicitStep(0.004);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => op.CheckExplicitStep(0.005));
        Assert.Contains("dt = 0.005", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit 0.004", error.Message, StringComparison.Ordinal);
        Assert.Contains("by 25 %", error.Message, StringComparison.Ordinal);
        Assert.Contains("Crank–Nicolson", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DirichletAcrossSingleCellAxis_ThrowsNamingFace()
    {
        var grid = StructuredGrid.Line(4, 0.1);
        var boundaries = GridBoundaries.NoFlux with { YLow = FaceBoundary.Fixed(1) };
        var error = Assert.Throws<ArgumentException>(() => new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1), boundaries));
        Assert.Contains("y-low", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromArrays_NegativeCoefficient_ThrowsNamingCellAndAxis()
    {
        var grid = StructuredGrid.Plane(2, 2, 1, 1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => DiffusionCoefficients.FromArrays(grid, [1, 1, 1, 1], [1, 1, -0.5, 1], [0, 0, 0, 0]));
        Assert.Contains("Dyy at cell (0, 1, 0)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A random heterogeneous anisotropic field on a random small 3-D grid, with a random initial state.</summary>
    public static Arbitrary<(DiffusionCoefficients D, double[] U)> HeterogeneousFields() =>
        (from nx in Gen.Choose(1, 9)
         from ny in Gen.Choose(1, 6)
         from nz in Gen.Choose(1, 4)
         let n = nx * ny * nz
         from d in Gen.Choose(0, 1000).Select(v => v < 100 ? 0.0 : v / 100.0).ArrayOf(3 * n)
         from u in Gen.Choose(-1000, 1000).Select(v => v / 10.0).ArrayOf(n)
         select (DiffusionCoefficients.FromArrays(new StructuredGrid(nx, ny, nz, 0.3, 0.2, 0.5), d.AsSpan(0, n), d.AsSpan(n, n), d.AsSpan(2 * n, n)), u))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(DiffusionOperatorTests)], MaxTest = 200)]
    public void Apply_NoFluxHeterogeneousAnisotropic_ConservesIntegralToRoundOff((DiffusionCoefficients D, double[] U) field)
    {
        // Zero-coefficient cells (10 %) make jumps and insulated pockets. Each face's flux is added to one cell and
        // subtracted from the other with the same stored weight, so Σ(Lu) = 0 up to the rounding of the sum itself,
        // and 50 explicit steps at the stability limit keep Σu to round-off.
        var (d, u) = field;
        var op = new DiffusionOperator(d, GridBoundaries.NoFlux);
        var before = u.Sum();
        var scale = u.Sum(Math.Abs);
        var rates = new double[u.Length];
        var dt = double.IsFinite(op.StableTimeStep) ? op.StableTimeStep : 1.0;
        for (var step = 0; step < 50; step++)
        {
            op.Apply(u, rates);
            for (var c = 0; c < u.Length; c++)
            {
                u[c] += dt * rates[c];
            }
        }

        // Each step rounds at most 2n additions of terms bounded by the total variation; 50 steps, n ≤ 216 cells.
        var bound = 50 * 4 * u.Length * ObservedOrder.MachineEpsilon * Math.Max(scale, 1.0);
        Assert.True(Math.Abs(u.Sum() - before) <= bound, $"Σu changed by {u.Sum() - before:E3}, bound {bound:E3}");
    }

    [Property(Arbitrary = [typeof(DiffusionOperatorTests)], MaxTest = 100)]
    public void Apply_AnyField_IsSymmetricAndNegativeSemiDefinite((DiffusionCoefficients D, double[] U) field)
    {
        // v·Lu = u·Lv and u·Lu ≤ 0: what Crank–Nicolson's conjugate gradients rely on. v is u reversed.
        var (d, u) = field;
        var op = new DiffusionOperator(d, GridBoundaries.NoFlux);
        var v = u.Reverse().ToArray();
        var (lu, lv) = (new double[u.Length], new double[u.Length]);
        op.Apply(u, lu);
        op.Apply(v, lv);
        var scale = 1 + u.Sum(x => x * x) * op.Diagonal.ToArray().DefaultIfEmpty().Max();
        Assert.Equal(v.Zip(lu, (a, b) => a * b).Sum(), u.Zip(lv, (a, b) => a * b).Sum(), 1e-10 * scale);
        Assert.True(u.Zip(lu, (a, b) => a * b).Sum() <= 1e-12 * scale);
    }
}
