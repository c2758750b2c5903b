using System.Globalization;

namespace TwinVal.Numerics.Stabilized;

/// <summary>A spectral-radius bound that holds on the whole integration (a linear or uniformly bounded problem).</summary>
public sealed class ConstantSpectralRadius : ISpectralRadius
{
    /// <summary>Creates the bound.</summary>
    /// <param name="value">The bound (1/time), finite and non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    public ConstantSpectralRadius(double value)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                string.Create(CultureInfo.InvariantCulture, $"spectral radius bound {value:R} is invalid; expected a finite, non-negative number (1/time)"));
        }

        Value = value;
    }

    /// <summary>The bound (1/time).</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public double Estimate(double t, ReadOnlySpan<double> y) => Value;
}
