namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>Triangular distribution on [a, b] with mode c: the usual choice when only a range and a most likely value are known.</summary>
public sealed record TriangularDistribution : IInputDistribution
{
    /// <summary>A triangular distribution, <paramref name="lower"/> ≤ <paramref name="mode"/> ≤ <paramref name="upper"/>, lower &lt; upper.</summary>
    public TriangularDistribution(double lower, double mode, double upper)
    {
        Require.Finite(lower, nameof(lower));
        Require.Finite(mode, nameof(mode));
        Require.Finite(upper, nameof(upper));
        Require.Ordered(lower, upper, nameof(lower), nameof(upper));
        if (mode < lower || mode > upper)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"the mode must lie in [{lower}, {upper}]");
        }

        Lower = lower;
        Mode = mode;
        Upper = upper;
    }

    /// <summary>Lower bound a.</summary>
    public double Lower { get; }

    /// <summary>Mode c.</summary>
    public double Mode { get; }

    /// <summary>Upper bound b.</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public string Kind => "triangular";

    /// <inheritdoc/>
    public double Mean => (Lower + Mode + Upper) / 3;

    /// <inheritdoc/>
    public double Variance =>
        ((Lower * Lower) + (Mode * Mode) + (Upper * Upper) - (Lower * Mode) - (Lower * Upper) - (Mode * Upper)) / 18;

    /// <inheritdoc/>
    public double Quantile(double probability)
    {
        var width = Upper - Lower;
        var split = (Mode - Lower) / width;
        return probability < split
            ? Lower + Math.Sqrt(probability * width * (Mode - Lower))
            : Upper - Math.Sqrt((1 - probability) * width * (Upper - Mode));
    }
}
