using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

[Collection(SerialAllocationTests.Name)]
public class DiffusionOperatorFusedTests
{
    [Property(Arbitrary = [typeof(DiffusionOperatorSpanTests)], MaxTest = 60)]
    public void ApplyFused_RandomOperator_BitIdenticalToApplySpanThenPointwisePass(DiffusionOperatorSpanTests.OperatorInput input)
    {
        // The guarantee is exact: result[c] = ApplySpan(u)[c] + term(c, u[c]), one addition, whatever the thread count,
        // on 1-D, 2-D (single-sweep row kernel) and 3-D (multi-pass rows) grids, with Dirichlet and no-flux faces.
        var (op, u, scale, offset) = input;
        var n = u.Length;
        var term = new CubicTerm(0.1 + offset, 1e-3 * (offset + 1));
        var expected = new double[n];
        op.ApplySpan(u, expected, scale, 1);
        for (var c = 0; c < n; c++)
        {
            expected[c] += term.Evaluate(c, u[c]);
        }

        var field = new double[n + offset + 2];
        u.CopyTo(field, offset);
        foreach (var threads in new[] { 1, 2, -1 })
        {
            var buffer = new double[n + offset + 5];
            Array.Fill(buffer, double.NaN);
            op.ApplyFused(field.AsSpan(offset, n), buffer.AsSpan(offset + 1, n), term, scale, threads);
            Assert.Equal(expected, buffer.AsSpan(offset + 1, n).ToArray());
        }
    }

    [Property(Arbitrary = [typeof(DiffusionOperatorSpanTests)], MaxTest = 30)]
    public void ApplyFused_ZeroTerm_EqualsApplySpan(DiffusionOperatorSpanTests.OperatorInput input)
    {
        // Equal as numbers (xUnit compares doubles with ==-like equality, so a −0 from ApplySpan matches the +0 here).
        var (op, u, scale, _) = input;
        var expected = new double[u.Length];
        op.ApplySpan(u, expected, scale, 1);
        foreach (var threads in new[] { 1, 2, -1 })
        {
            var result = new double[u.Length];
            op.ApplyFused(u, result, default(ZeroTerm), scale, threads);
            Assert.Equal(expected, result);
        }
    }

    [Fact]
    public void ApplyFused_HandCheckedPlane_StencilPlusTerm()
    {
        // 3 × 2 cells, h = 1, D = 1 (every face weight 1), no flux; u rows (1, 2, 4) and (0, 3, 5).
        // L u by hand: (0, 2, −1, 4, −2, −3) (sums to 0: conservative); term c − u/2: (−0.5, 0, 0, 3, 2.5, 2.5).
        var grid = StructuredGrid.Plane(3, 2, 1.0, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        double[] u = [1, 2, 4, 0, 3, 5];
        var result = new double[6];
        op.ApplyFused(u, result, new LinearTerm(1.0, -0.5), 1.0, 1);
        Assert.Equal([-0.5, 2.0, -1.0, 7.0, 0.5, -0.5], result);
    }

    [Fact]
    public void ApplyFused_HandCheckedDirichletLine_SourceScaleApplies()
    {
        // 2 cells, h = 1, D = 1, x-low fixed at g = 2 (half-cell weight 2D/h² = 2), x-high no flux; u = (1, 3), term u².
        // Cell 0: (3 − 1) + 2·(g − 1) = 4 with s, 2 − 2 = 0 without; cell 1: (1 − 3) = −2. Plus u²: (5, 7) and (1, 7).
        var grid = StructuredGrid.Line(2, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux with { XLow = FaceBoundary.Fixed(2.0) });
        double[] u = [1, 3];
        var result = new double[2];
        op.ApplyFused(u, result, default(SquareTerm), 1.0, 1);
        Assert.Equal([5.0, 7.0], result);
        op.ApplyFused(u, result, default(SquareTerm), 0.0, 1);
        Assert.Equal([1.0, 7.0], result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void ApplyFused_AnyThreadCount_EvaluatesTermOncePerCell(int threads)
    {
        // 64 × 300 cells: more rows than one block (128 rows), so threads ≠ 1 takes the parallel path.
        var grid = StructuredGrid.Plane(64, 300, 0.1, 0.1);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 0.5), GridBoundaries.NoFlux);
        var u = Enumerable.Range(0, grid.CellCount).Select(c => Math.Cos(0.01 * c)).ToArray();
        var counts = new int[grid.CellCount];
        op.ApplyFused(u, new double[u.Length], new CountingTerm(counts), 1.0, threads);
        Assert.All(counts, count => Assert.Equal(1, count));
    }

    [Fact]
    public void ApplyFused_RepeatedSingleThread_AllocatesNothing()
    {
        var grid = StructuredGrid.Plane(32, 1024, 0.1, 0.1);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 0.7), GridBoundaries.DirichletX(1, -2));
        var work = new double[2 * grid.CellCount];
        for (var c = 0; c < grid.CellCount; c++)
        {
            work[c] = Math.Sin(0.37 * c) + (c % 7);
        }

        var u = work.AsSpan(0, grid.CellCount);
        var result = work.AsSpan(grid.CellCount);
        var term = new CubicTerm(0.1, 0.0);
        for (var call = 0; call < 100; call++)
        {
            op.ApplyFused(u, result, term, 1.0, 1);
        }

        // Tier-up and on-stack replacement can allocate a few kB on this thread at an unpredictable call; an allocation
        // per call would show in every round, so the quietest of three rounds must be 0.
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < 50; call++)
            {
                op.ApplyFused(u, result, term, 1.0, 1);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(rounds.Min() == 0, $"rounds of 50 single-thread fused applications allocated {string.Join(", ", rounds)} bytes; expected 0");
    }

    [Fact]
    public void ApplyFused_OverlappingSpans_ThrowsNamingResult()
    {
        var grid = StructuredGrid.Line(4, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        var buffer = new double[6];
        var ex = Assert.Throws<ArgumentException>(() => op.ApplyFused(buffer.AsSpan(0, 4), buffer.AsSpan(2, 4), default(ZeroTerm)));
        Assert.Equal("result", ex.ParamName);
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyFused_WrongLength_ThrowsNamingSpanAndCellCount()
    {
        var grid = StructuredGrid.Line(4, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        var ex = Assert.Throws<ArgumentException>(() => op.ApplyFused(new double[4].AsSpan(), new double[5].AsSpan(), default(ZeroTerm)));
        Assert.Equal("result", ex.ParamName);
        Assert.Contains("5 values", ex.Message, StringComparison.Ordinal);
    }

    private readonly struct ZeroTerm : IPointwiseTerm
    {
        public double Evaluate(int cell, double u) => 0.0;
    }

    private readonly struct SquareTerm : IPointwiseTerm
    {
        public double Evaluate(int cell, double u) => u * u;
    }

    private readonly struct LinearTerm(double perCell, double perValue) : IPointwiseTerm
    {
        public double Evaluate(int cell, double u) => (perCell * cell) + (perValue * u);
    }

    private readonly struct CubicTerm(double a, double perCell) : IPointwiseTerm
    {
        public double Evaluate(int cell, double u) => (u * (1 - u) * (u - a)) + (perCell * cell);
    }

    private readonly struct CountingTerm(int[] counts) : IPointwiseTerm
    {
        public double Evaluate(int cell, double u)
        {
            Interlocked.Increment(ref counts[cell]);
            return u;
        }
    }
}
