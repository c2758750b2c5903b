namespace TwinVal.Numerics;

/// <summary>
/// Forward-difference ∂f/∂y (one column per evaluation, n evaluations) and ∂f/∂t (one more), with the classic increment
/// δ_j = √u·max(|y_j|, 10⁻⁵) (Dennis &amp; Schnabel, Numerical Methods for Unconstrained Optimization, §5.4): √u balances
/// truncation error O(δ) against cancellation error O(u/δ), and the floor keeps δ meaningful for components near zero.
/// </summary>
/// <typeparam name="TSystem">The system type.</typeparam>
internal readonly struct FiniteDifferenceJacobian<TSystem> : IJacobianSource<TSystem>
    where TSystem : IOdeSystem
{
    private static readonly double SqrtEpsilon = Math.Sqrt(Math.BitIncrement(1.0) - 1.0);

    // Scale below which a component (or time) counts as "near zero" for the increment; 1e-5 is the floor Hairer's
    // RADAU5 uses in its own difference Jacobian.
    private const double Floor = 1e-5;

    public int Evaluate(
        ref TSystem system, double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, Span<double> dfdy, Span<double> dfdt,
        Span<double> scratchY, Span<double> scratchF)
    {
        var n = y.Length;
        y.CopyTo(scratchY);
        for (var j = 0; j < n; j++)
        {
            var original = y[j];
            scratchY[j] = original + (SqrtEpsilon * Math.Max(Math.Abs(original), Floor));

            // The increment actually represented in floating point, so the quotient divides by what was added.
            var delta = scratchY[j] - original;
            system.Evaluate(t, scratchY, scratchF);
            for (var i = 0; i < n; i++)
            {
                dfdy[(i * n) + j] = (scratchF[i] - f0[i]) / delta;
            }

            scratchY[j] = original;
        }

        var tShift = t + (SqrtEpsilon * Math.Max(Math.Abs(t), Floor));
        var dt = tShift - t;
        system.Evaluate(tShift, y, scratchF);
        for (var i = 0; i < n; i++)
        {
            dfdt[i] = (scratchF[i] - f0[i]) / dt;
        }

        return n + 1;
    }
}
