namespace TwinVal.Numerics;

/// <summary>
/// Forward-difference ∂f/∂y (one column per evaluation, n evaluations) and ∂f/∂t (one more). The state increment is
/// that of Hairer's RADAU5 difference Jacobian, δ_j = √(u·max(10⁻⁵, |y_j|)): for |y_j| ≈ 1 it is the classic √u·|y_j|
/// (Dennis &amp; Schnabel, Numerical Methods for Unconstrained Optimization, §5.4), which balances truncation error O(δ)
/// against cancellation O(u/δ); for small components it shrinks only like √|y_j|, so the cancellation error stays
/// bounded instead of growing like 1/|y_j|. The time increment follows the same rule in t, or √u·h when the step is
/// longer, so that it is never a sliver at t = 0 whatever the step.
/// </summary>
/// <typeparam name="TSystem">The system type.</typeparam>
internal readonly struct FiniteDifferenceJacobian<TSystem> : IJacobianSource<TSystem>
    where TSystem : IOdeSystem
{
    private static readonly double SqrtEpsilon = Math.Sqrt(Math.BitIncrement(1.0) - 1.0);

    private static readonly double Epsilon = Math.BitIncrement(1.0) - 1.0;

    // Scale below which a component counts as "near zero" for the increment (RADAU5's floor).
    private const double Floor = 1e-5;

    public int Evaluate(
        ref TSystem system, double t, double h, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, Span<double> dfdy, Span<double> dfdt,
        Span<double> scratchY, Span<double> scratchF)
    {
        var n = y.Length;
        y.CopyTo(scratchY);
        for (var j = 0; j < n; j++)
        {
            var original = y[j];
            scratchY[j] = original + Math.Sqrt(Epsilon * Math.Max(Floor, Math.Abs(original)));

            // The increment actually represented in floating point, so the quotient divides by what was added.
            var delta = scratchY[j] - original;
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
}
