using System.Globalization;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// A spectral-radius estimate for systems without a known bound: the nonlinear power iteration of Sommeijer, Shampine &amp;
/// Verwer (1998, §3, doi:10.1016/S0377-0427(97)00219-7). Differences f(t, y + v) − f(t, y) with ‖v‖ = √u·‖y‖ act as
/// Jacobian–vector products; the iteration stops when two successive estimates agree to 1 %, and 1.2× the converged value
/// is returned (the paper's safety factor, as the iteration approaches the radius from below). The estimate is kept for
/// 25 calls (the paper re-estimates every 25 steps) and the last direction seeds the next iteration.
/// </summary>
/// <typeparam name="TSystem">The system (its right-hand side is evaluated on a private copy of the struct).</typeparam>
public sealed class PowerIterationSpectralRadius<TSystem> : ISpectralRadius
    where TSystem : IOdeSystem
{
    private const int MaxIterations = 50;
    private const int ReuseCalls = 25;
    private static readonly double SqrtRoundoff = Math.Sqrt(2.220446049250313e-16);

    private readonly double[] f;
    private readonly double[] v;
    private readonly double[] fv;
    private readonly double[] direction;
    private TSystem system;
    private int callsSinceEstimate = ReuseCalls;
    private double estimate;
    private bool hasDirection;

    /// <summary>Creates the estimator with its work arrays (4 × Dimension).</summary>
    /// <param name="system">The system whose Jacobian's spectral radius is estimated.</param>
    public PowerIterationSpectralRadius(TSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        this.system = system;
        var n = system.Dimension;
        (f, v, fv, direction) = (new double[n], new double[n], new double[n], new double[n]);
    }

    /// <summary>Right-hand-side evaluations spent on estimates so far (not counted in the integrator's statistics).</summary>
    public long Evaluations { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The iteration did not converge in 50 iterations.</exception>
    public double Estimate(double t, ReadOnlySpan<double> y)
    {
        if (++callsSinceEstimate < ReuseCalls)
        {
            return estimate;
        }

        callsSinceEstimate = 0;
        system.Evaluate(t, y, f);
        Evaluations++;
        var yNorm = Norm(y);
        if (!hasDirection)
        {
            // The paper starts from f itself; an alternating ±1 pattern is added so that the highest grid modes, which
            // a smooth f lacks, are present from the start and the iteration cannot settle on a slow mode.
            for (var i = 0; i < f.Length; i++)
            {
                direction[i] = f[i] + ((i % 2 == 0 ? 1.0 : -1.0) * (Math.Abs(f[i]) + 1.0));
            }
        }

        // Perturbation size: √u relative to y (or √u absolute when y = 0), the usual difference-quotient increment.
        var dyNorm = yNorm > 0 ? yNorm * SqrtRoundoff : SqrtRoundoff;
        Perturb(y, direction, dyNorm);
        var sigma = 0.0;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            system.Evaluate(t, v, fv);
            Evaluations++;
            for (var i = 0; i < fv.Length; i++)
            {
                fv[i] -= f[i];
            }

            var dfNorm = Norm(fv);
            var previous = sigma;
            sigma = dfNorm / dyNorm;
            if (iteration >= 2 && Math.Abs(sigma - previous) <= 0.01 * Math.Max(sigma, 1.0 / (f.Length * 1e6)))
            {
                estimate = 1.2 * sigma;
                for (var i = 0; i < v.Length; i++)
                {
                    direction[i] = v[i] - y[i];
                }

                hasDirection = true;
                return estimate;
            }

            if (dfNorm > 0)
            {
                Perturb(y, fv, dyNorm);
            }
            else
            {
                // f did not change along v: flip one component of the perturbation to leave the null space.
                v[iteration % v.Length] = y[iteration % v.Length] - (v[iteration % v.Length] - y[iteration % v.Length]);
            }
        }

        throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"the spectral-radius power iteration did not converge in {MaxIterations} iterations at t = {t:R} (last estimate {sigma:G4}); supply a bound (ISpectralRadius) instead"));
    }

    /// <summary>v = y + w·(size/‖w‖), or y with every component moved by size/√n when w = 0.</summary>
    private void Perturb(ReadOnlySpan<double> y, ReadOnlySpan<double> w, double size)
    {
        var wNorm = Norm(w);
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = y[i] + (wNorm > 0 ? w[i] * (size / wNorm) : size / Math.Sqrt(v.Length));
        }
    }

    private static double Norm(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var value in x)
        {
            sum += value * value;
        }

        return Math.Sqrt(sum);
    }
}
