using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

[Collection(SerialAllocationTests.Name)]
public class DiffusionOperatorSpanTests
{
    /// <summary>One random operator input: grid, coefficients, boundaries, field and source scale.</summary>
    public sealed record OperatorInput(DiffusionOperator Op, double[] U, double Scale, int Offset);

    /// <summary>
    /// Random grids from a line to a 100 × 200 × 2 box (nx = 64 or 100 gives several row blocks, so the parallel path
    /// really runs), coefficients with 10 % zeros, Dirichlet or no-flux on every face that spans more than one cell.
    /// </summary>
    public static Arbitrary<OperatorInput> Cases() =>
        (from nx in Gen.Elements(1, 7, 64, 100)
         from ny in Gen.Choose(1, 200)
         from nz in Gen.Choose(1, 2)
         let n = nx * ny * nz
         from d in Gen.Choose(0, 1000).Select(v => v < 100 ? 0.0 : v / 100.0).ArrayOf(3 * n)
         from u in Gen.Choose(-1000, 1000).Select(v => v / 10.0).ArrayOf(n)
         from faces in Gen.Choose(-50, 50).Select(v => v / 10.0).ArrayOf(6)
         from dirichlet in Gen.Elements(true, false).ArrayOf(6)
         from scale in Gen.Elements(0.0, 0.5, 1.0)
         from offset in Gen.Choose(0, 3)
         let grid = new StructuredGrid(nx, ny, nz, 0.3, 0.2, 0.5)
         let counts = new[] { nx, nx, ny, ny, nz, nz }
         let face = (Func<int, FaceBoundary>)(f => dirichlet[f] && counts[f] > 1 ? FaceBoundary.Fixed(faces[f]) : FaceBoundary.NoFlux)
         let boundaries = new GridBoundaries(face(0), face(1), face(2), face(3), face(4), face(5))
         let coefficients = DiffusionCoefficients.FromArrays(grid, d.AsSpan(0, n), d.AsSpan(n, n), d.AsSpan(2 * n, n))
         select new OperatorInput(new DiffusionOperator(coefficients, boundaries), u, scale, offset))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(DiffusionOperatorSpanTests)], MaxTest = 60)]
    public void ApplySpan_RandomOperator_BitIdenticalToArrayApplySerialAndParallel(OperatorInput input)
    {
        // The spans are slices at an offset inside larger buffers, as an integrator's work array hands them over.
        var (op, u, scale, offset) = input;
        var n = u.Length;
        var expected = new double[n];
        op.Apply(u, expected, scale, 1);
        var field = new double[n + offset + 2];
        u.CopyTo(field, offset);
        foreach (var threads in new[] { 1, 2, -1 })
        {
            var buffer = new double[n + offset + 5];
            Array.Fill(buffer, double.NaN);
            op.ApplySpan(field.AsSpan(offset, n), buffer.AsSpan(offset + 1, n), scale, threads);
            Assert.Equal(expected, buffer.AsSpan(offset + 1, n).ToArray());
            var parallelArray = new double[n];
            op.Apply(u, parallelArray, scale, threads);
            Assert.Equal(expected, parallelArray);
        }
    }

    [Fact]
    public void ApplySpan_RepeatedSingleThread_AllocatesNothing()
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
        for (var call = 0; call < 100; call++)
        {
            op.ApplySpan(u, result, 1.0, 1);
        }

        // The runtime's tier-up and on-stack replacement of the loop can allocate a few kB on this thread at an
        // unpredictable call; an allocation per call would show in every round, so the quietest of three rounds must be 0.
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < 50; call++)
            {
                op.ApplySpan(u, result, 1.0, 1);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(rounds.Min() == 0, $"rounds of 50 single-thread span applications allocated {string.Join(", ", rounds)} bytes; expected 0");
    }

    [Fact]
    public void ApplySpan_OverlappingSpans_ThrowsNamingResult()
    {
        var grid = StructuredGrid.Line(4, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        var buffer = new double[6];
        var ex = Assert.Throws<ArgumentException>(() => op.ApplySpan(buffer.AsSpan(0, 4), buffer.AsSpan(2, 4)));
        Assert.Equal("result", ex.ParamName);
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplySpan_WrongLength_ThrowsNamingSpanAndCellCount()
    {
        var grid = StructuredGrid.Line(4, 1.0);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1.0), GridBoundaries.NoFlux);
        var ex = Assert.Throws<ArgumentException>(() => op.ApplySpan(new double[3].AsSpan(), new double[4].AsSpan()));
        Assert.Equal("u", ex.ParamName);
        Assert.Contains("3 values", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4 cells", ex.Message, StringComparison.Ordinal);
    }
}
