using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TwinVal.Numerics.Tests;

public class DenseLuTests
{
    [Fact]
    public void FactorSolve_HandCheckedSystemNeedingPivot_GivesExactSolution()
    {
        // [[0, 2, 1], [1, 1, 1], [2, 1, 0]]·(1, 2, 1) = (0 + 4 + 1, 1 + 2 + 1, 2 + 2 + 0) = (5, 4, 4).
        // The zero in the corner forces a row swap; partial pivoting picks row 2 (largest |a_i0| = 2).
        double[] a = [0, 2, 1, 1, 1, 1, 2, 1, 0];
        double[] b = [5, 4, 4];
        var pivots = new int[3];

        Assert.Equal(-1, DenseLu.Factor(a, 3, pivots));
        DenseLu.Solve(a, 3, pivots, b);

        Assert.Equal(1.0, b[0], 14);
        Assert.Equal(2.0, b[1], 14);
        Assert.Equal(1.0, b[2], 14);
        Assert.Equal(2, pivots[0]);
    }

    [Fact]
    public void Factor_SingularMatrix_ReportsTheColumnWithoutAPivot()
    {
        // The third row is the sum of the first two, so elimination leaves no pivot in the last column.
        double[] a = [1, 2, 3, 4, 5, 6, 5, 7, 9];

        Assert.Equal(2, DenseLu.Factor(a, 3, new int[3]));
    }

    [Fact]
    public void Factor_NaNEntry_IsReportedAsNoPivot()
    {
        double[] a = [double.NaN, 1, 1, 1];

        Assert.Equal(0, DenseLu.Factor(a, 2, new int[2]));
    }

    [Property(MaxTest = 200)]
    public Property FactorSolve_RandomWellConditionedSystem_ResidualAtRoundOff() =>
        Prop.ForAll(
            Gen.Choose(1, 8).SelectMany(n => Gen.Choose(-1000, 1000).ArrayOf(n * (n + 1)).Select(v => (n, v))).ToArbitrary(),
            input =>
            {
                var (n, values) = input;
                var a = new double[n * n];
                var x = new double[n];
                for (var i = 0; i < n * n; i++)
                {
                    a[i] = values[i] / 100.0;
                }

                // Adding n·10 to the diagonal makes the matrix strictly diagonally dominant (|entries| ≤ 10), so
                // well conditioned and the residual must sit at round-off.
                for (var i = 0; i < n; i++)
                {
                    a[(i * n) + i] += 10.0 * n;
                    x[i] = values[(n * n) + i] / 100.0;
                }

                var b = new double[n];
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        b[i] += a[(i * n) + j] * x[j];
                    }
                }

                var lu = (double[])a.Clone();
                var pivots = new int[n];
                var factored = DenseLu.Factor(lu, n, pivots) == -1;
                DenseLu.Solve(lu, n, pivots, b);
                var error = x.Zip(b, (e, s) => Math.Abs(e - s)).Max();
                return (factored && error <= 1e-12).Label($"n = {n}, max error {error:E2}");
            });
}
