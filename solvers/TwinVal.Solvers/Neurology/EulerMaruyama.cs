using System.Globalization;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Euler–Maruyama for dY = f(t, Y) dt + diag(σ) dW with additive noise (Kloeden &amp; Platen 1992, Numerical Solution
/// of Stochastic Differential Equations, Springer, doi:10.1007/978-3-662-12616-5, sect. 9.1): strong order 1 for
/// additive noise, weak order 1. Each noisy component draws its increments ΔW ~ N(0, h) from its own xoshiro256**
/// stream (Box–Muller pairs), seeded by <see cref="NoiseStreams.Derive"/> from the request's seed and the component's
/// name: a run is reproduced exactly from its recorded seed, and a component's noise does not depend on its index.
/// </summary>
internal static class EulerMaruyama
{
    /// <summary>
    /// Integrates from <paramref name="t0"/> through every output time with steps of at most <paramref name="step"/>
    /// (the last step before an output time is shortened to land on it, its noise scaled by √h); writes the state at
    /// output time k to <paramref name="output"/>[k·d .. (k + 1)·d). <paramref name="streamSeeds"/>[i] seeds component
    /// i's noise (read only where σᵢ ≠ 0).
    /// </summary>
    public static long Integrate<TSystem>(
        ref TSystem system, ReadOnlySpan<double> sigma, ReadOnlySpan<ulong> streamSeeds, double t0, ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes, double step, Span<double> output, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        var d = system.Dimension;
        var y = new double[d];
        var f = new double[d];
        y0.CopyTo(y);
        var streams = new Xoshiro256StarStar?[d];
        var spares = new double?[d];
        for (var i = 0; i < d; i++)
        {
            streams[i] = sigma[i] != 0.0 ? new Xoshiro256StarStar(streamSeeds[i]) : null;
        }

        var t = t0;
        long steps = 0;
        system.BeginSegment(t0, outputTimes[^1]);
        for (var k = 0; k < outputTimes.Length; k++)
        {
            var target = outputTimes[k];

            // A remainder shorter than a millionth of a step is rounding in the sample times, not a step to take.
            while (target - t > 1e-6 * step)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var h = Math.Min(step, target - t);
                system.Evaluate(t, y, f);
                var root = Math.Sqrt(h);
                for (var i = 0; i < d; i++)
                {
                    y[i] += h * f[i];
                    if (streams[i] is { } random)
                    {
                        y[i] += sigma[i] * root * Normal(random, ref spares[i]);
                    }
                }

                t = target - t - h <= 1e-6 * step ? target : t + h;
                steps++;
            }

            foreach (var value in y)
            {
                if (!double.IsFinite(value))
                {
                    throw new SolverException(string.Create(CultureInfo.InvariantCulture, $"Euler–Maruyama: the state became non-finite by t = {t:R}; the step {step:R} is too large for this model"));
                }
            }

            y.CopyTo(output.Slice(k * d, d));
        }

        return steps;
    }

    // Box–Muller: two independent standard normals per pair of uniforms; the second is kept for the next call.
    private static double Normal(Xoshiro256StarStar random, ref double? spare)
    {
        if (spare is { } kept)
        {
            spare = null;
            return kept;
        }

        var radius = Math.Sqrt(-2.0 * Math.Log(random.NextOpenUnit()));
        var angle = 2.0 * Math.PI * random.NextOpenUnit();
        spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}
