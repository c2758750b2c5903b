using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>
/// A seeded sample of the input space: <see cref="Count"/> rows of <see cref="Dimensions"/> probabilities in (0, 1),
/// row-major. The same seed, count, dimensions and method always give the same design.
/// </summary>
public sealed class SampleDesign
{
    private SampleDesign(ImmutableArray<double> probabilities, int count, int dimensions, SamplingMethod method, ulong seed)
    {
        Probabilities = probabilities;
        Count = count;
        Dimensions = dimensions;
        Method = method;
        Seed = seed;
    }

    /// <summary>Row-major probabilities: row i, dimension d at i·Dimensions + d.</summary>
    public ImmutableArray<double> Probabilities { get; }

    /// <summary>Number of samples.</summary>
    public int Count { get; }

    /// <summary>Number of parameters.</summary>
    public int Dimensions { get; }

    /// <summary>The sampling method.</summary>
    public SamplingMethod Method { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>Draws a design of <paramref name="count"/> samples in <paramref name="dimensions"/> dimensions.</summary>
    public static SampleDesign Draw(int count, int dimensions, SamplingMethod method, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var random = new Xoshiro256StarStar(seed);
        var values = new double[count * dimensions];
        if (method == SamplingMethod.MonteCarlo)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = random.NextOpenUnit();
            }
        }
        else
        {
            var strata = new int[count];
            for (var d = 0; d < dimensions; d++)
            {
                for (var i = 0; i < count; i++)
                {
                    strata[i] = i;
                }

                // Fisher–Yates: an unbiased random order of the strata for this dimension.
                for (var i = count - 1; i > 0; i--)
                {
                    var j = random.NextBelow(i + 1);
                    (strata[i], strata[j]) = (strata[j], strata[i]);
                }

                for (var i = 0; i < count; i++)
                {
                    values[(i * dimensions) + d] = (strata[i] + random.NextOpenUnit()) / count;
                }
            }
        }

        return new SampleDesign(ImmutableArray.Create(values), count, dimensions, method, seed);
    }
}
