using TwinVal.Numerics.Stabilized;

namespace TwinVal.Numerics.Tests.Stabilized;

/// <summary>
/// The Butcher tableau of the composed ROCK4 method of one degree m, rebuilt from the tables independently of
/// Rock4Step: stage rows are coefficient vectors over the stage derivatives F₀…F_(s−1) (Y_j = y + hΣA_jk·F_k), the
/// recurrence Y_j = h·a_j·F_(j−1) + (1 + b_j)·Y_(j−1) − b_j·Y_(j−2) acting on rows, then the four finishing stages.
/// Row s of the extended matrix is y_(n+1) itself, the stage the embedded weights b̂₅ refer to.
/// </summary>
internal sealed class Rock4Tableau
{
    public Rock4Tableau(int degree)
    {
        var m = degree;
        Stages = m + 4;
        var rows = new double[Stages + 1][];
        for (var i = 0; i <= Stages; i++)
        {
            rows[i] = new double[Stages + 1];
        }

        var r = Rock4Coefficients.Recurrence.Slice((m - 1) * (m - 1), (2 * m) - 1);
        rows[1][0] = r[0];

        for (var j = 2; j <= m; j++)
        {
            var (a, b) = (r[(2 * j) - 3], r[(2 * j) - 2]);
            for (var k = 0; k <= Stages; k++)
            {
                rows[j][k] = ((1 + b) * rows[j - 1][k]) - (b * rows[j - 2][k]);
            }

            rows[j][j - 1] += a;
        }

        var fa = Rock4Coefficients.FinishingA.Slice((m - 1) * 6, 6).ToArray();
        var fb = Rock4Coefficients.FinishingB.Slice((m - 1) * 4, 4).ToArray();
        var fe = Rock4Coefficients.EmbeddedB.Slice((m - 1) * 5, 5).ToArray();
        double[][] finishing = [[], [fa[0]], [fa[1], fa[2]], [fa[3], fa[4], fa[5]]];
        for (var k = 1; k <= 3; k++)
        {
            rows[m + k] = (double[])rows[m].Clone();
            for (var l = 0; l < k; l++)
            {
                rows[m + k][m + l] += finishing[k][l];
            }
        }

        B = (double[])rows[m].Clone();
        Embedded = (double[])rows[m].Clone();
        for (var l = 0; l < 4; l++)
        {
            B[m + l] += fb[l];
            Embedded[m + l] += fe[l];
        }

        Embedded[Stages] += fe[4];
        rows[Stages] = B;
        A = rows;
    }

    public int Stages { get; }

    /// <summary>(s + 1) × (s + 1), strictly lower triangular; row s is y_(n+1).</summary>
    public double[][] A { get; }

    /// <summary>Weights of y_(n+1) over F₀…F_(s−1) (length s + 1, last entry 0).</summary>
    public double[] B { get; }

    /// <summary>Weights of the embedded solution over F₀…F_s (F_s = f(y_(n+1))).</summary>
    public double[] Embedded { get; }

    /// <summary>Stage abscissae c = A·1 (length s + 1, c_s = 1).</summary>
    public double[] C => [.. A.Select(row => row.Sum())];

    /// <summary>R(z) for y' = zy: forward substitution of Y = 1 + zAY (A strictly lower triangular).</summary>
    public double Stability(double z)
    {
        var y = new double[Stages];
        var sum = 0.0;
        for (var i = 0; i < Stages; i++)
        {
            var acc = 1.0;
            for (var j = 0; j < i; j++)
            {
                acc += z * A[i][j] * y[j];
            }

            y[i] = acc;
            sum += B[i] * acc;
        }

        return 1 + (z * sum);
    }
}
