namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// Output inside a step of a stabilised method: the cubic Hermite interpolant of (y_n, f_n, y_(n+1), f_(n+1)), third
/// order and continuous with its derivative (the continuous extension RKC uses, Sommeijer, Shampine &amp; Verwer 1998,
/// doi:10.1016/S0377-0427(97)00219-7, §5). The stage values of a Chebyshev-type step are no dense output of their own.
/// </summary>
internal static class HermiteOutput
{
    /// <summary>Writes every output time in (t, tNew] (y_(n+1) itself at tNew) and advances <paramref name="row"/>.</summary>
    public static void Fill(
        double t, double tNew, ReadOnlySpan<double> y, ReadOnlySpan<double> f, ReadOnlySpan<double> yNew, ReadOnlySpan<double> fNew,
        ReadOnlySpan<double> outputTimes, Span<double> output, ref int row)
    {
        var n = y.Length;
        var h = tNew - t;
        for (; row < outputTimes.Length && outputTimes[row] <= tNew; row++)
        {
            var destination = output.Slice(row * n, n);
            if (outputTimes[row] == tNew)
            {
                yNew.CopyTo(destination);
                continue;
            }

            var s = (outputTimes[row] - t) / h;
            var (h00, h10) = ((((2 * s) - 3) * s * s) + 1, ((s - 2) * s * s) + s);
            var (h01, h11) = ((3 - (2 * s)) * s * s, (s - 1) * s * s);
            for (var i = 0; i < n; i++)
            {
                destination[i] = (h00 * y[i]) + (h10 * h * f[i]) + (h01 * yNew[i]) + (h11 * h * fNew[i]);
            }
        }
    }
}
