namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// RKC: the adaptive second-order Runge–Kutta–Chebyshev method of Sommeijer, Shampine &amp; Verwer (1998, "RKC: an
/// explicit solver for parabolic PDEs", J. Comput. Appl. Math. 88:315–326, doi:10.1016/S0377-0427(97)00219-7), built on
/// the damped Chebyshev recursion of Verwer, Hundsdorfer &amp; Sommeijer (1990, doi:10.1007/BF01386405). An explicit
/// method whose real stability interval grows like β(s) ≈ 0.653·s² with the stage count s, so a diffusion-dominated
/// problem is stepped at the accuracy-limited step size with s ∝ √(h·ρ) right-hand sides per step, instead of the
/// h ≲ 3.3/ρ an explicit Runge–Kutta method is held to (ρ the spectral radius of ∂f/∂y).
/// </summary>
/// <remarks>
/// Each step: s chosen from the caller's bound ρ (<see cref="ISpectralRadius"/>) as s = 1 + ⌊√(1 + 1.54·h·ρ)⌋ (the
/// paper's §3 choice, 1.54 ≈ 1/0.653 with a margin), capped at s_max = max(2, ⌊√(rtol/(10u))⌉) so that round-off growth
/// (∝ s²·u) stays below the tolerance, with h shortened to fit when the cap applies; the local error estimate
/// est = 0.8(y_n − y_{n+1}) + 0.4h(f_n + f_{n+1}) (§4) in the weighted RMS norm; the paper's step-size control
/// (h·0.8/err^{1/3} after a rejection or at a start, the predictive rule h·0.8(h/h_old)(err_old^{1/3}/err^{2/3})
/// otherwise, growth at most 10×, shrink at most 10×); first-same-as-last (f_{n+1} is the next step's F₀), so a step
/// costs s evaluations. Output times inside a step are filled with the cubic Hermite interpolant of
/// (y_n, f_n, y_{n+1}, f_{n+1}), the paper's continuous extension. Work arrays (6n) are allocated once per call.
/// Events are not supported.
/// </remarks>
public static class RungeKuttaChebyshev
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "rkc";

    private const double UnitRoundoff = 2.220446049250313e-16;

    // As DormandPrince54: a trial step with non-finite stages is retried ten times smaller, ten times at most.
    private const int NonFiniteRetries = 10;

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

        return IStabilizedRun.Drive(ref system, new ChebyshevRun(n, options, spectralRadius), t0, y0, segments, outputTimes, output, cancellationToken);
    }

    /// <summary>Stage count for a step of <paramref name="h"/> against spectral radius <paramref name="rho"/> (§3: β(s) ≈ 0.653·s²).</summary>
    internal static int StagesFor(double h, double rho) => 1 + (int)Math.Sqrt(1.0 + (1.54 * h * rho));

    /// <summary>Most stages: round-off in the recursion grows like s²·u, which must stay below the tolerance (§3).</summary>
    internal static int MaxStagesFor(double rtol, double atol) =>
        (int)Math.Max(2, Math.Min(100_000, Math.Round(Math.Sqrt((rtol > 0 ? rtol : atol) / (10 * UnitRoundoff)))));

    internal static double Bound(ISpectralRadius spectralRadius, double t, ReadOnlySpan<double> y) =>
        StabilizedChecks.Bound(spectralRadius, t, y, "RKC");

    internal static IntegrationException NonFinite(double t, double h, ReadOnlySpan<double> state) => StabilizedChecks.NonFinite(t, h, state);
}
