namespace TwinVal.Numerics;

/// <summary>
/// Hairer's starting-step algorithm (Hairer, Nørsett &amp; Wanner, Solving ODEs I, §II.4, "Starting Step Size"; routine
/// HINIT of DOPRI5): a first guess from ‖y‖/‖f‖, one explicit Euler step to estimate ‖y″‖, then h with
/// h^5 · max(‖f‖, ‖y″‖) = 0.01. Norms are root-mean-square norms scaled by atol + rtol·|y_i|.
/// </summary>
internal static class InitialStep
{
    /// <summary>Estimates a first step; costs one right-hand-side evaluation.</summary>
    public static double Estimate<TSystem>(
        ref TSystem system, double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, double limit, double rtol, double atol,
        Span<double> scratchY, Span<double> scratchF)
        where TSystem : IOdeSystem
    {
        var n = y.Length;
        double dnf = 0, dny = 0;
        for (var i = 0; i < n; i++)
        {
            var sk = atol + (rtol * Math.Abs(y[i]));
            dnf += (f0[i] / sk) * (f0[i] / sk);
            dny += (y[i] / sk) * (y[i] / sk);
        }

        dnf /= n;
        dny /= n;

        // 1e-10 and 1e-6 are Hairer's fallbacks for a state or slope too small to give a meaningful ratio.
        var h = dnf <= 1e-10 || dny <= 1e-10 ? 1e-6 : Math.Sqrt(dny / dnf) * 0.01;
        h = Math.Min(h, limit);
        for (var i = 0; i < n; i++)
        {
            scratchY[i] = y[i] + (h * f0[i]);
        }

        system.Evaluate(t + h, scratchY, scratchF);
        double der2 = 0;
        for (var i = 0; i < n; i++)
        {
            var sk = atol + (rtol * Math.Abs(y[i]));
            var d = (scratchF[i] - f0[i]) / sk;
            der2 += d * d;
        }

        der2 = Math.Sqrt(der2 / n) / h;
        var der12 = Math.Max(Math.Abs(der2), Math.Sqrt(dnf));

        // Order 5 method: the local error behaves like h^5, hence the fifth root.
        var h1 = der12 <= 1e-15 ? Math.Max(1e-6, h * 1e-3) : Math.Pow(0.01 / der12, 1.0 / 5);
        var result = Math.Min(Math.Min(100 * h, h1), limit);
        return double.IsFinite(result) && result > 0 ? result : limit;
    }
}
