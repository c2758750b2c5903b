using System.Text;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Seeds of per-component noise streams, keyed by the component's name (<c>z_R01</c>) rather than its index, so a
/// node's noise follows the node: renumbering the regions of a connectome leaves every named trace of a seeded run
/// unchanged. The key is FNV-1a 64 of the name's UTF-8 bytes (Fowler, Noll &amp; Vo; fixed by its definition, unlike
/// <see cref="string.GetHashCode()"/>, which .NET randomises per process), combined with the run's seed and scrambled
/// by the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014, doi:10.1145/2714064.2660195) so that neighbouring seeds and
/// similar names give unrelated streams.
/// </summary>
internal static class NoiseStreams
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The seed of the noise stream of component <paramref name="name"/> in a run seeded with <paramref name="seed"/>.</summary>
    public static ulong Derive(long seed, string name)
    {
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        // Golden-ratio multiple of the seed, so seed + 1 moves every bit before the finaliser mixes them.
        var x = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ hash);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return x ^ (x >> 31);
    }
}
