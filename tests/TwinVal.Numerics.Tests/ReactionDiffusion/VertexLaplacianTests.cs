using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class VertexLaplacianTests
{
    private static double[] Apply(VertexLaplacian l, double[] u)
    {
        var result = new double[u.Length];
        l.ApplyRows(u, result, 0, l.RowCount);
        return result;
    }

    [Property]
    public Property ApplyRows_ConstantField_IsZero()
    {
        var size = Gen.Choose(1, 6);
        return Prop.ForAll(Gen.Three(size).ToArbitrary(), Gen.Choose(-100, 100).ToArbitrary(), (n, c) =>
        {
            var l = new VertexLaplacian(n.Item1, n.Item2, n.Item3, (0.5, 0.3, 0.2), (1.0, 0.1, 0.2));
            return Apply(l, Enumerable.Repeat((double)c, l.NodeCount).ToArray()).All(x => x == 0);
        });
    }

    [Property]
    public Property ApplyRows_AnyField_ConservesTrapezoidIntegral()
    {
        // Mirror (no-flux) boundaries: Σ w·Lu = 0 with trapezoid weights (½ per axis on which the node is on a face),
        // the discrete statement that no flux leaves the box.
        var fields = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 100.0), 4 * 3 * 5);
        return Prop.ForAll(fields.ToArbitrary(), u =>
        {
            var l = new VertexLaplacian(4, 3, 5, (0.5, 0.25, 0.4), (0.9, 0.2, 0.3));
            var lu = Apply(l, u);
            var sum = 0.0;
            for (var c = 0; c < lu.Length; c++)
            {
                var (i, j, k) = (c % 4, c / 4 % 3, c / 12);
                sum += Weight(i, 4) * Weight(j, 3) * Weight(k, 5) * lu[c];
            }

            return Math.Abs(sum) < 1e-9;
        });
    }

    [Fact]
    public void ApplyRows_QuadraticIn1D_ExactInInteriorAndMirrorAtFaces()
    {
        // u = x² on nodes x = 0, 0.5, …, 2: interior (Lu) = 2·D exactly; at x = 0 the mirror gives 2D(u₁ − u₀)/h² = 2D.
        var l = new VertexLaplacian(5, 1, 1, (0.5, 1, 1), (0.3, 0, 0));
        var lu = Apply(l, [0, 0.25, 1, 2.25, 4]);

        Assert.Equal(0.6, lu[0], 1e-12);
        Assert.All(lu[1..4], x => Assert.Equal(0.6, x, 1e-12));
        Assert.Equal(0.3 * 2 * (2.25 - 4) / 0.25, lu[4], 1e-12);
    }

    [Fact]
    public void StableTimeStep_IsInverseOfTwiceTheSumOverActiveAxes()
    {
        // y has one node: it must not count. 1/(2·(0.1/0.01 + 0.2/0.04)) = 1/30.
        var l = new VertexLaplacian(10, 1, 4, (0.1, 0.1, 0.2), (0.1, 5.0, 0.2));

        Assert.Equal(1 / 30.0, l.StableTimeStep, 1e-15);
    }

    [Fact]
    public void Constructor_NegativeDiffusivity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VertexLaplacian(3, 3, 3, (1, 1, 1), (1, -1, 1)));

    [Fact]
    public void ApplyRows_ManufacturedCosineField_SecondOrderIncludingFaces()
    {
        // u = cos(πx/Lx)·cos(πy/Ly)·cos(πz/Lz) has zero normal derivative on every face of the box, and
        // ∇·(D∇u) = −(Dxx π²/Lx² + Dyy π²/Ly² + Dzz π²/Lz²)·u exactly. The max nodal error over the whole lattice
        // (faces and corners included) must fall by 4× per halving of h: observed order 2 ± 0.1.
        var e1 = CosineError(8);
        var e2 = CosineError(16);
        var order = Math.Log2(e1 / e2);

        Assert.True(Math.Abs(order - 2) <= 0.1, $"observed order {order:F3} (errors {e1:E3}, {e2:E3}), expected 2 ± 0.1");
    }

    private static double CosineError(int cellsPerUnit)
    {
        var (lx, ly, lz) = (2.0, 1.0, 0.5);
        var (dx, dy, dz) = (0.9, 0.3, 0.2);
        var h = 1.0 / cellsPerUnit;
        var (nx, ny, nz) = ((int)(lx * cellsPerUnit) + 1, (int)(ly * cellsPerUnit) + 1, (int)(lz * cellsPerUnit) + 1);
        var l = new VertexLaplacian(nx, ny, nz, (h, h, h), (dx, dy, dz));
        var u = new double[l.NodeCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, k) = (c % nx, c / nx % ny, c / (nx * ny));
            u[c] = Math.Cos(Math.PI * i * h / lx) * Math.Cos(Math.PI * j * h / ly) * Math.Cos(Math.PI * k * h / lz);
        }

        var factor = -Math.PI * Math.PI * ((dx / (lx * lx)) + (dy / (ly * ly)) + (dz / (lz * lz)));
        var lu = Apply(l, u);
        return lu.Select((x, c) => Math.Abs(x - (factor * u[c]))).Max();
    }

    private static double Weight(int index, int count) => count == 1 ? 1 : index == 0 || index == count - 1 ? 0.5 : 1;
}
