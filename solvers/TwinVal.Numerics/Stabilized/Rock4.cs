namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// ROCK4: the adaptive fourth-order orthogonal-Runge–Kutta–Chebyshev method of Abdulle (2002, "Fourth order Chebyshev
/// methods with recurrence relation", SIAM J. Sci. Comput. 23:2041–2054, doi:10.1137/S1064827500379549). An explicit
/// method with s = m + 4 stages whose real stability interval grows like ℓ_s ≈ 0.35·s²: a three-term recurrence of
/// degree m (orthogonal polynomials with Abdulle's tabulated coefficients) followed by a four-stage finishing procedure
/// that makes the composition fourth order, with an embedded third-order estimate for step-size control.
/// </summary>
/// <remarks>
/// Why ROCK4 rather than an extrapolated method (ESERK4-type): where a diffusion problem's accuracy-limited step is only
/// a few times the explicit stability limit (the benchmark's h·ρ ≈ 10–30), ROCK4 pays s = 5…9 evaluations per step, while
/// Aitken–Neville extrapolation of 1, 2, 3 and 4 damped first-order Chebyshev sub-steps pays ≳ 20. Abdulle's tables are
/// published data; <see cref="Rock4Coefficients"/> holds degrees 1–16 and the tests check their order conditions and
/// stability bound. Each step: s from the caller's bound ρ (<see cref="ISpectralRadius"/>) as the least s ≥ 5 with
/// ℓ_s = 0.353·s² − 3 ≥ h·ρ (the stage rule of Abdulle's rock4.f, s = ⌊√((3 + hρ)/0.353)⌋ + 1, verified by test for every
/// degree kept), capped at
/// s = 20 with h shortened to fit; error estimate y_(n+1) − ŷ_(n+1) in the weighted RMS norm; Gustafsson's predictive
/// controller with q = 4; first-same-as-last (f(y_(n+1)) is the next step's F₀), so a step costs s evaluations.
/// Output times inside a step are filled with the cubic Hermite interpolant of (y_n, f_n, y_(n+1), f_(n+1)) (third
/// order: output between steps is one order less accurate than the steps). Work arrays (10n) are allocated once per
/// call. Events are not supported.
/// </remarks>
public static class Rock4
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "rock4";

    /// <summary>
    /// Integrates <paramref name="system"/> from (<paramref name="t0"/>, <paramref name="y0"/>) and writes the state at
    /// each output time into <paramref name="output"/> (row-major, one row of <c>Dimension</c> values per output time).
    /// Reads the tolerances, <see cref="IntegrationOptions.MaxStep"/>, <see cref="IntegrationOptions.InitialStep"/>,
    /// <see cref="IntegrationOptions.MaxSteps"/> and <see cref="IntegrationOptions.StopTimes"/> (restarts there).
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="spectralRadius">Upper bound of the spectral radius of ∂f/∂y, asked once per trial step.</param>
    /// <param name="t0">Initial time.</param>
    /// <param name="y0">Initial state.</param>
    /// <param name="outputTimes">Output times, non-decreasing from t0.</param>
    /// <param name="output">Destination, outputTimes.Length × Dimension values.</param>
    /// <param name="options">Tolerances and limits.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <returns>Accepted and rejected steps and right-hand-side evaluations.</returns>
    /// <exception cref="ArgumentException">Arguments or options are inconsistent, or the bound is negative or not finite.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system,
        ISpectralRadius spectralRadius,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem
    {
        ArgumentNullException.ThrowIfNull(spectralRadius);
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        AdaptiveOptions.Check(options);

        return IStabilizedRun.Drive(ref system, new Rock4Run(n, options, spectralRadius), t0, y0, segments, outputTimes, output, cancellationToken);
    }

    /// <summary>Guaranteed stability interval ℓ_s = 0.353·s² − 3 of the s-stage method (s = 5…20).</summary>
    internal static double StabilityBound(int stages) => (0.353 * stages * stages) - 3.0;

    /// <summary>Polynomial degree m = s − 4 for a step of <paramref name="h"/>: the least s ≥ 5 with ℓ_s ≥ h·ρ (may exceed the table).</summary>
    internal static int DegreeFor(double h, double rho)
    {
        var stages = (int)Math.Ceiling(Math.Sqrt((3.0 + (h * rho)) / 0.353));
        return Math.Max(stages, 1 + Rock4Coefficients.FinishingStages) - Rock4Coefficients.FinishingStages;
    }

    internal static double Bound(ISpectralRadius spectralRadius, double t, ReadOnlySpan<double> y) =>
        StabilizedChecks.Bound(spectralRadius, t, y, "ROCK4");
}
