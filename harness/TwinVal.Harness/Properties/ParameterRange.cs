using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// The range of one parameter or initial value over which a case's properties must hold (its domain of use). A
/// sample is a coordinate u in [0, 1] per range, mapped to a value by <see cref="ValueAt"/>.
/// </summary>
/// <param name="Name">Parameter or initial-state name.</param>
/// <param name="Min">Lower end, in <paramref name="Unit"/>.</param>
/// <param name="Max">Upper end, in <paramref name="Unit"/>, greater than <paramref name="Min"/>.</param>
/// <param name="Unit">Unit of the ends.</param>
/// <param name="Scale">Linear or logarithmic spread.</param>
public sealed record ParameterRange(string Name, double Min, double Max, Unit Unit, RangeScale Scale)
{
    /// <summary>The value at coordinate <paramref name="u"/> (0 → min, 1 → max), clamped into the range.</summary>
    public double ValueAt(double u)
    {
        var t = Math.Clamp(u, 0.0, 1.0);
        var value = Scale == RangeScale.Log
            ? Math.Exp(Math.Log(Min) + (t * (Math.Log(Max) - Math.Log(Min))))
            : Min + (t * (Max - Min));

        // Rounding in exp/log may step a hair outside; the ends are declared exactly and must be honoured exactly.
        return Math.Clamp(value, Min, Max);
    }

    /// <summary>The coordinate of <paramref name="value"/> (the inverse of <see cref="ValueAt"/>), clamped into [0, 1].</summary>
    public double CoordinateOf(double value)
    {
        var u = Scale == RangeScale.Log
            ? (Math.Log(value) - Math.Log(Min)) / (Math.Log(Max) - Math.Log(Min))
            : (value - Min) / (Max - Min);
        return double.IsFinite(u) ? Math.Clamp(u, 0.0, 1.0) : 0.0;
    }

    /// <summary>Whether <paramref name="value"/> (in <see cref="Unit"/>) lies in the closed range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
