using TwinVal.Numerics;
using TwinVal.Solvers.Neurology;

namespace TwinVal.Solvers.Tests.Neurology;

public class EulerMaruyamaTests
{
    [Fact]
    public void Integrate_OrnsteinUhlenbeck_SampleVarianceMatchesTheSchemesExactVariance()
    {
        // dX = −θX dt + σ dW, X0 = 0, for 4000 independent components at once. Euler–Maruyama gives
        // X_{k+1} = a·X_k + σ√h·ξ with a = 1 − θh, so Var X_K = σ²h·(1 − a^{2K})/(1 − a²) exactly, mean 0.
        const int d = 4000;
        const double theta = 2.0, sigma = 0.5, h = 0.01, end = 1.0;
        var system = new OrnsteinUhlenbeck(d, theta);
        var sigmas = Enumerable.Repeat(sigma, d).ToArray();
        var output = new double[d];

        EulerMaruyama.Integrate(ref system, sigmas, Seeds(99, d), 0.0, new double[d], [end], h, output, TestContext.Current.CancellationToken);

        var a = 1 - (theta * h);
        var expected = sigma * sigma * h * (1 - Math.Pow(a, 2 * 100)) / (1 - (a * a));
        var mean = output.Average();
        var variance = output.Sum(x => (x - mean) * (x - mean)) / (d - 1);

        // Sampling error: sd of the mean √(V/N) ≈ 0.0042, relative sd of S² √(2/N) ≈ 0.022; 5-σ bands.
        Assert.InRange(mean, -5 * Math.Sqrt(expected / d), 5 * Math.Sqrt(expected / d));
        Assert.InRange(variance / expected, 1 - (5 * Math.Sqrt(2.0 / d)), 1 + (5 * Math.Sqrt(2.0 / d)));
    }

    [Fact]
    public void Integrate_NoNoise_IsExplicitEulerLandingOnEveryOutputTime()
    {
        // y′ = −y, y(0) = 1 with h = 0.1 to t = 0.25: steps 0.1, 0.1, 0.05 → 0.9·0.9·0.95.
        var system = new OrnsteinUhlenbeck(1, 1.0);
        var output = new double[2];

        var steps = EulerMaruyama.Integrate(ref system, [0.0], Seeds(1, 1), 0.0, [1.0], [0.2, 0.25], 0.1, output, TestContext.Current.CancellationToken);

        Assert.Equal(3, steps);
        Assert.Equal(0.81, output[0], 1e-15);
        Assert.Equal(0.81 * 0.95, output[1], 1e-15);
    }

    [Fact]
    public void Integrate_ComponentsReordered_EachComponentKeepsItsOwnPath()
    {
        // Two independent OU components with streams keyed by name: swapping their order (and their seeds with them)
        // swaps the outputs exactly; the noise of a component does not depend on its index.
        var system = new OrnsteinUhlenbeck(2, 1.0);
        var a = NoiseStreams.Derive(7, "z_A");
        var b = NoiseStreams.Derive(7, "z_B");
        var forward = new double[2];
        var reversed = new double[2];

        EulerMaruyama.Integrate(ref system, [0.3, 0.3], [a, b], 0.0, [0.0, 0.0], [1.0], 0.01, forward, TestContext.Current.CancellationToken);
        EulerMaruyama.Integrate(ref system, [0.3, 0.3], [b, a], 0.0, [0.0, 0.0], [1.0], 0.01, reversed, TestContext.Current.CancellationToken);

        Assert.Equal(forward[0], reversed[1]);
        Assert.Equal(forward[1], reversed[0]);
        Assert.NotEqual(forward[0], forward[1]);
    }

    private static ulong[] Seeds(long seed, int count) => [.. Enumerable.Range(0, count).Select(i => NoiseStreams.Derive(seed, $"x{i}"))];

    private readonly struct OrnsteinUhlenbeck(int dimension, double theta) : IOdeSystem
    {
        public int Dimension => dimension;

        public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            for (var i = 0; i < y.Length; i++)
            {
                dydt[i] = -theta * y[i];
            }
        }

        public void BeginSegment(double segmentStart, double segmentEnd)
        {
        }
    }
}
