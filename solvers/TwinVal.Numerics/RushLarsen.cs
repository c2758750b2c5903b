namespace TwinVal.Numerics;

/// <summary>
/// The Rush–Larsen method for cardiac ionic models (Rush &amp; Larsen 1978, IEEE Trans. Biomed. Eng. 25:389–392,
/// doi:10.1109/TBME.1978.326270): over a step the gates' y∞ and τ are frozen at the step start, so each gate's linear
/// equation is solved exactly, y ← y∞ + (y − y∞)·e^{−h/τ}; the other components take a forward Euler step. First order,
/// but unconditionally stable in the gates, whose time constants are what makes ionic models stiff. Fixed steps, laid
/// out as in <see cref="ExplicitRungeKutta"/>: every output and stop time is reached exactly.
/// </summary>
public static class RushLarsen
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "rush-larsen";

    /// <summary>
    /// Integrates <paramref name="system"/> with steps no longer than <see cref="IntegrationOptions.FixedStep"/> and
    /// writes the state at each output time into <paramref name="output"/> (row-major, one row per output time).
    /// </summary>
    /// <returns>Steps and right-hand-side evaluations (one per step; no rejected steps).</returns>
    /// <exception cref="ArgumentException">Arguments are inconsistent or <see cref="IntegrationOptions.FixedStep"/> is not positive.</exception>
    /// <exception cref="IntegrationException">A time constant was not positive, the state became non-finite, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, CancellationToken cancellationToken = default)
        where TSystem : IGatedSystem
    {
        var stepper = new RushLarsenStepper<TSystem>(ref system);
        return FixedStepDriver.Run(ref system, ref stepper, t0, y0, outputTimes, output, options, cancellationToken);
    }

    /// <summary>e^z − 1 without cancellation for small |z| (Kahan's trick: Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §1.14.1).</summary>
    internal static double ExpM1(double z)
    {
        var u = Math.Exp(z);
        if (u == 1.0)
        {
            return z;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * z / Math.Log(u);
    }
}
