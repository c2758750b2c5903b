using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics;

/// <summary>
/// One trial step of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3) over <see cref="DormandPrince54"/>'s work array: rows y, y1, scratch, k1…k7.
/// </summary>
internal static class DormandPrinceStep
{
    /// <summary>One trial step from t to tNew: stages, fifth-order y1, FSAL stage k7 = f(tNew, y1); returns the scaled RMS error.</summary>
    public static double Attempt<TSystem>(ref TSystem system, double t, double tNew, double h, double[] work, int n, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        var y = work.AsSpan(0, n);
        var y1 = work.AsSpan(n, n);
        var s = work.AsSpan(2 * n, n);
        var k1 = work.AsSpan(3 * n, n);
        var k2 = work.AsSpan(4 * n, n);
        var k3 = work.AsSpan(5 * n, n);
        var k4 = work.AsSpan(6 * n, n);
        var k5 = work.AsSpan(7 * n, n);
        var k6 = work.AsSpan(8 * n, n);
        var k7 = work.AsSpan(9 * n, n);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * A21 * k1[i]);
        }

        system.Evaluate(t + (C2 * h), s, k2);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A31 * k1[i]) + (A32 * k2[i])));
        }

        system.Evaluate(t + (C3 * h), s, k3);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i])));
        }

        system.Evaluate(t + (C4 * h), s, k4);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i])));
        }

        system.Evaluate(t + (C5 * h), s, k5);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A61 * k1[i]) + (A62 * k2[i]) + (A63 * k3[i]) + (A64 * k4[i]) + (A65 * k5[i])));
        }

        // c6 = c7 = 1: both stages sit at the end of the step, which is tNew exactly for the last step of a segment.
        system.Evaluate(tNew, s, k6);
        for (var i = 0; i < n; i++)
        {
            y1[i] = y[i] + (h * ((B1 * k1[i]) + (B3 * k3[i]) + (B4 * k4[i]) + (B5 * k5[i]) + (B6 * k6[i])));
        }

        system.Evaluate(tNew, y1, k7);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = h * ((E1 * k1[i]) + (E3 * k3[i]) + (E4 * k4[i]) + (E5 * k5[i]) + (E6 * k6[i]) + (E7 * k7[i]));
            var sk = atol + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(y1[i])));
            sum += (e / sk) * (e / sk);
        }

        return Math.Sqrt(sum / n);
    }
}
