namespace TwinVal.Harness.Comparison;

/// <summary>
/// Norms of error vectors, computed so that neither the size of the values nor the number of points costs accuracy.
/// </summary>
internal static class ErrorNorms
{
    /// <summary>Element-wise <c>s − r</c>.</summary>
    public static double[] Differences(ReadOnlySpan<double> solution, ReadOnlySpan<double> reference)
    {
        var differences = new double[reference.Length];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = solution[i] - reference[i];
        }

        return differences;
    }

    /// <summary>Largest |x|, and the first index where it occurs (−1 for an empty span).</summary>
    public static double MaxAbs(ReadOnlySpan<double> x, out int index)
    {
        index = -1;
        var max = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var magnitude = Math.Abs(x[i]);
            if (index < 0 || magnitude > max)
            {
                max = magnitude;
                index = i;
            }
        }

        return max;
    }

    /// <summary>Euclidean norm ‖x‖₂.</summary>
    public static double Euclidean(ReadOnlySpan<double> x)
    {
        var scale = MaxAbs(x, out _);
        return scale == 0.0 ? 0.0 : scale * Math.Sqrt(ScaledSumOfSquares(x, scale));
    }

    /// <summary>Root mean square sqrt(Σx²/n); 0 for an empty span.</summary>
    public static double RootMeanSquare(ReadOnlySpan<double> x)
    {
        var scale = MaxAbs(x, out _);
        if (scale == 0.0)
        {
            return 0.0;
        }

        // The mean of terms in [0, 1] cannot exceed 1; the clamp removes a last-ulp excess rounding could leave, so that
        // RMSE ≤ max-abs holds in floating point exactly as it does in real arithmetic.
        return scale * Math.Sqrt(Math.Min(1.0, ScaledSumOfSquares(x, scale) / x.Length));
    }

    // Σ(x/scale)² with scale = max|x|: every term lies in [0, 1], so squaring neither overflows (|x| ≈ 1e200 would give
    // +∞) nor underflows to zero (|x| ≈ 1e-200 would give 0 and a zero norm for a non-zero error), the scaling of LAPACK's
    // dnrm2 done in two passes for clarity. The sum is Neumaier-compensated: its rounding error stays near one ulp
    // whatever n is, where a plain sum loses up to n·ε/2 relative (1e-10 at n = 1e6, the size of the tightest
    // code-verification tolerances). The extra cost is three flops per point, negligible next to the solve.
    private static double ScaledSumOfSquares(ReadOnlySpan<double> x, double scale)
    {
        var sum = 0.0;
        var compensation = 0.0;
        foreach (var value in x)
        {
            var ratio = value / scale;
            var term = ratio * ratio;
            var next = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
        }

        return sum + compensation;
    }
}
