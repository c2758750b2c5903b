namespace TwinVal.Numerics.Tests.Kernels;

/// <summary>Shared inputs of the kernel properties: lengths 0…67 (every tail length of any SIMD width up to 64) and seeded data.</summary>
internal static class KernelData
{
    /// <summary>Longest length generated: past 64 so an 8-wide (AVX-512) body runs eight times and still leaves tails.</summary>
    public const int MaxLength = 67;

    /// <summary>
    /// A work array of <paramref name="rows"/> rows of n values, seeded: magnitudes 10⁻³…10³ and both signs, full
    /// mantissas, so every product and sum rounds (finite values only: NaN payloads are not compared bit for bit).
    /// </summary>
    public static double[] Work(int seed, int rows, int n)
    {
        var random = new Random(seed);
        var work = new double[rows * n];
        for (var i = 0; i < work.Length; i++)
        {
            work[i] = (random.NextDouble() - 0.5) * Math.Pow(10, (random.NextDouble() * 6) - 3);
        }

        return work;
    }

    /// <summary>Seeded weights in (−2, 2), as Runge–Kutta coefficients times h are.</summary>
    public static double[] Weights(int seed, int count)
    {
        var random = new Random(seed ^ 0x5eed);
        return [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 4) - 2)];
    }
}
