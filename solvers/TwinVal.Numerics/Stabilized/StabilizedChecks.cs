using System.Globalization;

namespace TwinVal.Numerics.Stabilized;

/// <summary>The argument and failure checks the stabilised explicit methods (RKC, ROCK4) share.</summary>
internal static class StabilizedChecks
{
    /// <summary>Asks <paramref name="spectralRadius"/> for its bound and rejects a negative, NaN or infinite answer.</summary>
    /// <param name="spectralRadius">The caller's bound.</param>
    /// <param name="t">Time.</param>
    /// <param name="y">State.</param>
    /// <param name="method">Method name for the message ("RKC", "ROCK4").</param>
    public static double Bound(ISpectralRadius spectralRadius, double t, ReadOnlySpan<double> y, string method)
    {
        var rho = spectralRadius.Estimate(t, y);
        if (!(rho >= 0) || !double.IsFinite(rho))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"the spectral radius bound ({spectralRadius.GetType().Name}) returned {rho:R} at t = {t:R}; ") +
                $"expected a finite, non-negative upper bound of the spectral radius of ∂f/∂y (1/time): {method} picks its stage count from it",
                nameof(spectralRadius));
        }

        return rho;
    }

    /// <summary>The failure after every retry of a step gave a non-finite state.</summary>
    public static IntegrationException NonFinite(double t, double h, ReadOnlySpan<double> state) =>
        new(
            IntegrationFailure.NonFiniteState, t,
            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {IntegrationPlan.FirstNonFinite(state)}: " +
            $"the right-hand side gave NaN or infinity on every trial step, down to h = {IntegrationPlan.Format(h)}");

    /// <summary>Starts a segment: <see cref="IOdeSystem.BeginSegment"/>, then F₀ = f(t, y), which must be finite.</summary>
    public static void StartSegment<TSystem>(ref TSystem system, double t, double end, ReadOnlySpan<double> y, Span<double> f)
        where TSystem : IOdeSystem
    {
        system.BeginSegment(t, end);
        system.Evaluate(t, y, f);
        var bad = IntegrationPlan.FirstNonFinite(f);
        if (bad >= 0)
        {
            throw new IntegrationException(
                IntegrationFailure.NonFiniteState, t, $"non-finite derivative at t = {IntegrationPlan.Format(t)} in component {bad}");
        }
    }

    /// <summary>Fails once <paramref name="steps"/> (accepted and rejected) reach <see cref="IntegrationOptions.MaxSteps"/>.</summary>
    public static void StepBudget(long steps, IntegrationOptions options, double t)
    {
        if (steps >= options.MaxSteps)
        {
            throw new IntegrationException(
                IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)}");
        }
    }
}
