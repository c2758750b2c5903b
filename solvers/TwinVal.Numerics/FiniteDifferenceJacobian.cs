namespace TwinVal.Numerics;

/// <summary>
/// Forward-difference ∂f/∂y (one column per evaluation, n evaluations) and ∂f/∂t (one more), with the error-weighted
/// increment of CVODE's dense difference-quotient Jacobian (Hindmarsh et al., SUNDIALS, ACM TOMS 31:363, 2005,
/// doi:10.1145/1089014.1089020; CVODE user guide, "Mathematical considerations", dense difference-quotient Jacobian):
/// σ_j = max(√u·|y_j|, σ₀/w_j), w_j = 1/(rtol·|y_j| + atol), σ₀ = 1000·u·|h|·n·‖f‖_wrms (σ₀ = 1 when that is 0).
/// </summary>
/// <remarks>
/// Why this increment: √u·|y_j| balances truncation O(σ) against cancellation O(u/σ) for components of order one
/// (Dennis &amp; Schnabel, Numerical Methods for Unconstrained Optimization, §5.4), and σ₀/w_j scales the floor to
/// what the integrator resolves in y_j, a thousandth-ish of one step's change h·f measured in the error weights.
/// The previous rule √(u·max(10⁻⁵, |y_j|)) (RADAU5's) was ≈ 5·10⁻¹¹ for every component below 10⁻⁵ — far larger than
/// ROBER's y2 ≈ 10⁻¹³…10⁻⁵, so the column of k2·y2² was badly wrong and RODAS, which needs the exact Jacobian in
/// its order conditions, was forced into millions of tiny steps. The weighted floor is ~rtol·|y_j| or ~atol, so a
/// tiny component is perturbed by a small fraction of itself. The RADAU5 rule remains the fallback when the weighted
/// increment is zero or not representable (y_j = 0 with atol = 0). The time increment follows the RADAU5 rule in t,
/// or √u·h when the step is longer, so that it is never a sliver at t = 0 whatever the step.
/// </remarks>
/// <typeparam name="TSystem">The system type.</typeparam>
internal readonly struct FiniteDifferenceJacobian<TSystem> : IJacobianSource<TSystem>
    where TSystem : IOdeSystem
{
    private static readonly double Epsilon = Math.BitIncrement(1.0) - 1.0;

    private static readonly double SqrtEpsilon = Math.Sqrt(Epsilon);

    // CVODE's MIN_INC_MULT: the floor is this many round-off units of one step's weighted change.
    private const double MinimumIncrementMultiple = 1000.0;

    // Scale below which a component counts as "near zero" for the fallback increment (RADAU5's floor).
    private const double Floor = 1e-5;

    public int Evaluate(
        ref TSystem system, double t, double h, double rtol, double atol, ReadOnlySpan<double> y, ReadOnlySpan<double> f0,
        Span<double> dfdy, Span<double> dfdt, Span<double> scratchY, Span<double> scratchF)
    {
        var n = y.Length;
        var sigma0 = MinimumIncrement(h, rtol, atol, y, f0);
        y.CopyTo(scratchY);
        for (var j = 0; j < n; j++)
        {
            var original = y[j];
            scratchY[j] = original + Increment(original, sigma0, rtol, atol);

            // The increment actually represented in floating point, so the quotient divides by what was added.
            var delta = scratchY[j] - original;
            if (delta == 0.0)
            {
                scratchY[j] = original + Fallback(original);
                delta = scratchY[j] - original;
            }

            system.Evaluate(t, scratchY, scratchF);
            for (var i = 0; i < n; i++)
            {
                dfdy[(i * n) + j] = (scratchF[i] - f0[i]) / delta;
            }

            scratchY[j] = original;
        }

        var tShift = t + Math.Max(Math.Sqrt(Epsilon * Math.Max(Floor, Math.Abs(t))), SqrtEpsilon * Math.Abs(h));
        var dt = tShift - t;
        system.Evaluate(tShift, y, scratchF);
        for (var i = 0; i < n; i++)
        {
            dfdt[i] = (scratchF[i] - f0[i]) / dt;
        }

        return n + 1;
    }

    /// <summary>σ₀ = 1000·u·|h|·n·‖f‖_wrms, or 1 when that is zero or not finite.</summary>
    internal static double MinimumIncrement(double h, double rtol, double atol, ReadOnlySpan<double> y, ReadOnlySpan<double> f0)
    {
        var n = y.Length;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Components without a weight (y_i = 0 with atol = 0) are left out: CVODE would refuse them outright.
            var scale = (rtol * Math.Abs(y[i])) + atol;
            if (scale > 0.0)
            {
                var scaled = f0[i] / scale;
                sum += scaled * scaled;
            }
        }

        var sigma0 = MinimumIncrementMultiple * Epsilon * Math.Abs(h) * n * Math.Sqrt(sum / n);
        return sigma0 > 0.0 && double.IsFinite(sigma0) ? sigma0 : 1.0;
    }

    /// <summary>σ_j = max(√u·|y_j|, σ₀·(rtol·|y_j| + atol)), or the fallback when that is zero or not finite.</summary>
    internal static double Increment(double yj, double sigma0, double rtol, double atol)
    {
        var increment = Math.Max(SqrtEpsilon * Math.Abs(yj), sigma0 * ((rtol * Math.Abs(yj)) + atol));
        return increment > 0.0 && double.IsFinite(increment) ? increment : Fallback(yj);
    }

    private static double Fallback(double yj) => Math.Sqrt(Epsilon * Math.Max(Floor, Math.Abs(yj)));
}
