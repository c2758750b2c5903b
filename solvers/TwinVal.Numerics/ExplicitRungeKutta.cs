namespace TwinVal.Numerics;

/// <summary>
/// Fixed-step explicit Runge–Kutta integration with any <see cref="ButcherTableau"/> (Euler, Heun, classic RK4, the
/// fifth-order Dormand–Prince formula). Every output and stop time is reached exactly: each interval between them is
/// split into the fewest equal steps no longer than <see cref="IntegrationOptions.FixedStep"/>.
/// </summary>
public static class ExplicitRungeKutta
{
    /// <summary>
    /// Integrates <paramref name="system"/> from (<paramref name="t0"/>, <paramref name="y0"/>) and writes the state at
    /// each output time into <paramref name="output"/> (row-major, one row of <c>Dimension</c> values per output time).
    /// </summary>
    /// <returns>Steps taken and right-hand-side evaluations (there are no rejected steps).</returns>
    /// <exception cref="ArgumentException">Arguments are inconsistent or <see cref="IntegrationOptions.FixedStep"/> is not positive.</exception>
    /// <exception cref="IntegrationException">The state became non-finite or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system,
        ButcherTableau tableau,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem
    {
        ArgumentNullException.ThrowIfNull(tableau);
        var stepper = new RungeKuttaStepper<TSystem>(tableau, system.Dimension);
        return FixedStepDriver.Run(ref system, ref stepper, t0, y0, outputTimes, output, options, cancellationToken);
    }
}
