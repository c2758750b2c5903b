namespace TwinVal.Numerics;

/// <summary>
/// In-place LU factorisation with partial (row) pivoting of a small dense square matrix stored row-major in a span,
/// P·A = L·U (Golub &amp; Van Loan, Matrix Computations, 4th ed., Algorithm 3.4.1), and the matching forward and back
/// substitution. No allocation: the caller owns the matrix and the pivot array.
/// </summary>
public static class DenseLu
{
    private const double UnitRoundoff = 2.220446049250313e-16;

    /// <summary>
    /// Overwrites <paramref name="matrix"/> (n×n, row-major) with its LU factors: U on and above the diagonal, the unit
    /// lower factor L below it; <paramref name="pivots"/>[k] is the row swapped with row k at step k.
    /// </summary>
    /// <param name="matrix">The matrix, n×n values, row-major; replaced by its factors.</param>
    /// <param name="n">Order of the matrix.</param>
    /// <param name="pivots">Destination for the n pivot rows.</param>
    /// <returns>
    /// −1 on success; otherwise the column whose pivot is not finite or no larger than n·u·max|a_ij| (the matrix is
    /// singular to working precision, or broken).
    /// </returns>
    /// <exception cref="ArgumentException">The spans are shorter than n×n and n.</exception>
    public static int Factor(Span<double> matrix, int n, Span<int> pivots)
    {
        if (n <= 0 || matrix.Length < n * n || pivots.Length < n)
        {
            throw new ArgumentException($"a {n}×{n} factorisation needs {n * n} matrix values and {n} pivots, got {matrix.Length} and {pivots.Length}");
        }

        // A pivot within n·u of the largest entry is indistinguishable from zero after rounding (a singular matrix
        // such as rows r1, r2, r1 + r2 leaves a pivot of order u·‖A‖, not exactly 0).
        var size = 0.0;
        for (var i = 0; i < n * n; i++)
        {
            size = Math.Max(size, Math.Abs(matrix[i]));
        }

        var tiny = n * UnitRoundoff * size;
        for (var k = 0; k < n; k++)
        {
            // Partial pivoting: the largest magnitude in column k bounds the multipliers by 1, which is what keeps
            // Gaussian elimination backward stable in practice.
            var pivotRow = k;
            var largest = Math.Abs(matrix[(k * n) + k]);
            for (var i = k + 1; i < n; i++)
            {
                var candidate = Math.Abs(matrix[(i * n) + k]);
                if (candidate > largest || double.IsNaN(candidate))
                {
                    largest = candidate;
                    pivotRow = i;
                }
            }

            pivots[k] = pivotRow;
            if (!(largest > tiny) || !double.IsFinite(largest))
            {
                return k;
            }

            if (pivotRow != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (matrix[(k * n) + j], matrix[(pivotRow * n) + j]) = (matrix[(pivotRow * n) + j], matrix[(k * n) + j]);
                }
            }

            var inverse = 1.0 / matrix[(k * n) + k];
            for (var i = k + 1; i < n; i++)
            {
                var factor = matrix[(i * n) + k] * inverse;
                matrix[(i * n) + k] = factor;
                if (factor == 0.0)
                {
                    continue;
                }

                for (var j = k + 1; j < n; j++)
                {
                    matrix[(i * n) + j] -= factor * matrix[(k * n) + j];
                }
            }
        }

        return -1;
    }

    /// <summary>Solves A·x = b in place, given the factors and pivots from <see cref="Factor"/>.</summary>
    /// <param name="factors">The LU factors, n×n row-major.</param>
    /// <param name="n">Order of the matrix.</param>
    /// <param name="pivots">The pivot rows from <see cref="Factor"/>.</param>
    /// <param name="rhs">The right-hand side b on entry, the solution x on return.</param>
    public static void Solve(ReadOnlySpan<double> factors, int n, ReadOnlySpan<int> pivots, Span<double> rhs)
    {
        for (var k = 0; k < n; k++)
        {
            var p = pivots[k];
            if (p != k)
            {
                (rhs[k], rhs[p]) = (rhs[p], rhs[k]);
            }
        }

        for (var i = 1; i < n; i++)
        {
            var sum = rhs[i];
            var row = factors.Slice(i * n, i);
            for (var j = 0; j < i; j++)
            {
                sum -= row[j] * rhs[j];
            }

            rhs[i] = sum;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = rhs[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= factors[(i * n) + j] * rhs[j];
            }

            rhs[i] = sum / factors[(i * n) + i];
        }
    }
}
