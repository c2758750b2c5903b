namespace TwinVal.Numerics;

/// <summary>
/// RODAS, the L-stable, stiffly accurate Rosenbrock method of order 4 with an embedded order-3 error estimate and an
/// order-3 continuous extension (Hairer &amp; Wanner, Solving ODEs II, 2nd ed., Springer 1996, §IV.7,
/// doi:10.1007/978-3-642-05221-7; coefficients of their code RODAS, method 1). Chosen over variable-order BDF because
/// a one-step method restarts cheaply at every stop time (stimulus onsets, dosing), needs no Newton iteration (one LU
/// per step, six linear solves), and its L-stability and stiff accuracy damp the fast modes of ionic and kinetic
/// models completely. Step-size control is Gustafsson's predictive controller, as in RODAS.
/// </summary>
/// <remarks>
/// The API matches <see cref="DormandPrince54"/>: output times are sampled from the dense output without shortening
/// steps, stop times are landed on exactly with a restart, and nothing is allocated per step.
/// <see cref="Integrate{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, CancellationToken)"/>
/// approximates ∂f/∂y and ∂f/∂t by forward differences (n + 1 extra right-hand-side evaluations per step);
/// <see cref="IntegrateWithJacobian{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, CancellationToken)"/>
/// uses the system's analytic <see cref="IOdeJacobian"/>.
/// </remarks>
public static class Rodas4
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "rodas4";

    /// <summary>
    /// Integrates with a finite-difference Jacobian and writes the state at each output time into
    /// <paramref name="output"/> (row-major, one row per output time).
    /// </summary>
    /// <returns>Steps, right-hand-side evaluations (including those of the difference Jacobian), Jacobians and LU decompositions.</returns>
    /// <exception cref="ArgumentException">Arguments or options are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, a singular matrix, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem =>
        RodasDriver.Run(ref system, default(FiniteDifferenceJacobian<TSystem>), t0, y0, outputTimes, output, options, null, cancellationToken);

    /// <summary>As <see cref="Integrate{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, CancellationToken)"/>, and locates the crossings of <paramref name="events"/>.</summary>
    /// <returns>Steps, evaluations, Jacobians and LU decompositions; crossings accumulate in <paramref name="events"/>.</returns>
    /// <exception cref="ArgumentException">Arguments, options or events are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, a singular matrix, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, EventLocator events, CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem
    {
        ArgumentNullException.ThrowIfNull(events);
        return RodasDriver.Run(ref system, default(FiniteDifferenceJacobian<TSystem>), t0, y0, outputTimes, output, options, events, cancellationToken);
    }

    /// <summary>Integrates with the system's analytic Jacobian; otherwise as the finite-difference overload.</summary>
    /// <returns>Steps, right-hand-side evaluations, Jacobians and LU decompositions.</returns>
    /// <exception cref="ArgumentException">Arguments or options are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, a singular matrix, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics IntegrateWithJacobian<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, CancellationToken cancellationToken = default)
        where TSystem : IOdeJacobian =>
        RodasDriver.Run(ref system, default(AnalyticJacobian<TSystem>), t0, y0, outputTimes, output, options, null, cancellationToken);

    /// <summary>Integrates with the system's analytic Jacobian and locates the crossings of <paramref name="events"/>.</summary>
    /// <returns>Steps, evaluations, Jacobians and LU decompositions; crossings accumulate in <paramref name="events"/>.</returns>
    /// <exception cref="ArgumentException">Arguments, options or events are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, a singular matrix, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics IntegrateWithJacobian<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, EventLocator events, CancellationToken cancellationToken = default)
        where TSystem : IOdeJacobian
    {
        ArgumentNullException.ThrowIfNull(events);
        return RodasDriver.Run(ref system, default(AnalyticJacobian<TSystem>), t0, y0, outputTimes, output, options, events, cancellationToken);
    }
}
