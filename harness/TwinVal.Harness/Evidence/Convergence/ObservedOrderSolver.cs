namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>
/// Solves Celik et al. 2008 eqs. 3a–3c for the apparent order p given r21, r32 and R = ε32/ε21
/// (doi:10.1115/1.2960953): p = |ln|R| + q(p)| / ln r21, q(p) = ln((r21^p − s)/(r32^p − s)), s = sign R.
/// </summary>
internal static class ObservedOrderSolver
{
    // Iteration stops when successive p differ by less than this: far below any printed precision of an order.
    private const double Tolerance = 1e-13;
    private const int MaxIterations = 500;

    // Orders beyond ±30 have no physical meaning and make r^p overflow-prone for r ≥ 10.
    private const double Bound = 30.0;

    /// <summary>The signed order of a monotone ladder (s = +1); negative or zero when diverging.</summary>
    public static (double Order, int Iterations, string Method) Monotone(double r21, double r32, double ratio)
    {
        var lnR = Math.Log(Math.Abs(ratio));
        var a = Math.Log(r21);
        var b = Math.Log(r32);

        // ln R(p) is strictly increasing in p (see LogRatio); its value at p = 0 separates convergence from divergence.
        if (LogRatio(0, a, b) >= lnR)
        {
            return (Bisect(lnR, a, b, -Bound, 0), 0, "bisection");
        }

        // Celik's fixed point; exact in one step for constant r (q ≡ 0).
        var p = lnR / a;
        for (var i = 1; i <= MaxIterations; i++)
        {
            if (!(p > 0) || !double.IsFinite(p))
            {
                break;
            }

            var next = (lnR + Math.Log(double.ExpM1(p * a) / double.ExpM1(p * b))) / a;
            if (Math.Abs(next - p) <= Tolerance * Math.Max(1, Math.Abs(next)))
            {
                return (next, i, "fixed-point");
            }

            p = next;
        }

        // The fixed point need not contract when r21 and r32 differ much; the monotone residual always brackets.
        return (Bisect(lnR, a, b, 0, Bound), 0, "bisection");
    }

    /// <summary>The order of an oscillatory ladder (s = −1) by Celik's fixed point; NaN when it does not converge.</summary>
    public static (double Order, int Iterations, string Method) Oscillatory(double r21, double r32, double ratio)
    {
        var lnR = Math.Log(Math.Abs(ratio));
        var a = Math.Log(r21);
        var p = Math.Abs(lnR) / a;
        for (var i = 1; i <= MaxIterations; i++)
        {
            var q = Math.Log((Math.Pow(r21, p) + 1) / (Math.Pow(r32, p) + 1));
            var next = Math.Abs(lnR + q) / a;
            if (!double.IsFinite(next) || next > Bound)
            {
                break;
            }

            if (Math.Abs(next - p) <= Tolerance * Math.Max(1, next))
            {
                return (next, i, "fixed-point");
            }

            p = next;
        }

        return (double.NaN, MaxIterations, "none");
    }

    /// <summary>
    /// ln R(p) for an exact power law φ = φ0 + C·h^p: p·ln r21 + ln((r32^p − 1)/(r21^p − 1)), with its limit ln(ln r32 / ln r21)
    /// at p = 0. Its derivative is positive for every p ≠ 0, so bisection on it is safe.
    /// </summary>
    internal static double LogRatio(double p, double a, double b) =>
        p == 0 ? Math.Log(b / a) : (p * a) + Math.Log(double.ExpM1(p * b) / double.ExpM1(p * a));

    private static double Bisect(double lnR, double a, double b, double low, double high)
    {
        if (LogRatio(low, a, b) > lnR || LogRatio(high, a, b) < lnR)
        {
            return double.NaN;
        }

        // 200 halvings of a 30-wide bracket reach the spacing of doubles long before the loop ends.
        for (var i = 0; i < 200 && high - low > 1e-15 * Math.Max(1, Math.Abs(high)); i++)
        {
            var mid = 0.5 * (low + high);
            if (LogRatio(mid, a, b) < lnR)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }
}
