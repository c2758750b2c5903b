using System.Diagnostics.CodeAnalysis;

namespace TwinVal.Harness.Units;

/// <summary>
/// A unit of measurement: the text it was written as, its <see cref="Dimension"/> and the factor that
/// takes a value in this unit to coherent SI. Only multiplicative units exist here (no °C): every
/// conversion is one multiplication, so it is exact up to a single rounding.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    internal Unit(string symbol, Dimension dimension, double toSi)
    {
        Symbol = symbol;
        Dimension = dimension;
        ToSi = toSi;
    }

    /// <summary>The unit as written (normalised: <c>u</c> prefixes become <c>µ</c>, spaces trimmed).</summary>
    public string Symbol { get; }

    /// <summary>Physical dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>Multiply a value in this unit by this factor to obtain it in coherent SI.</summary>
    public double ToSi { get; }

    /// <summary>The unit of pure numbers, written <c>1</c>.</summary>
    public static Unit Dimensionless { get; } = new("1", Dimension.None, 1.0);

    /// <summary>Parses a unit expression such as <c>mmHg*s/mL</c>, <c>µA/cm²</c> or <c>1/day</c>.</summary>
    /// <exception cref="FormatException">The text is not a unit of the vocabulary; the message says why.</exception>
    public static Unit Parse(string text) =>
        TryParse(text, out var unit, out var error) ? unit : throw new FormatException(error);

    /// <summary>Parses a unit expression; on failure <paramref name="error"/> says what was wrong and what was expected.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out string? error) =>
        UnitParser.TryParse(text, out unit, out error);

    /// <summary>True when values in this unit can be converted to <paramref name="other"/>.</summary>
    public bool IsCompatibleWith(Unit other) => Dimension == other.Dimension;

    /// <summary>The factor that converts a value in this unit to <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">The dimensions differ.</exception>
    public double FactorTo(Unit target)
    {
        if (!IsCompatibleWith(target))
        {
            throw new InvalidOperationException(
                $"cannot convert '{Symbol}' ({Dimension}) to '{target.Symbol}' ({target.Dimension}): dimensions differ");
        }

        // Same factor: return exactly 1 so that identical units never perturb a value by rounding.
        return ToSi == target.ToSi ? 1.0 : ToSi / target.ToSi;
    }

    /// <summary>Converts <paramref name="value"/> from this unit to <paramref name="target"/>.</summary>
    public double Convert(double value, Unit target) => value * FactorTo(target);

    /// <summary>Same dimension and same SI factor (to 1e-12 relative): <c>mL</c> equals <c>cm^3</c>.</summary>
    public bool Equals(Unit? other) =>
        other is not null && Dimension == other.Dimension &&
        Math.Abs(ToSi - other.ToSi) <= 1e-12 * Math.Max(Math.Abs(ToSi), Math.Abs(other.ToSi));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc/>
    public override int GetHashCode() => Dimension.GetHashCode();

    /// <summary>The symbol.</summary>
    public override string ToString() => Symbol;

    internal Unit Multiply(Unit other, string symbol) => new(symbol, Dimension * other.Dimension, ToSi * other.ToSi);

    internal Unit Divide(Unit other, string symbol) => new(symbol, Dimension / other.Dimension, ToSi / other.ToSi);

    internal Unit Pow(int power, string symbol) => new(symbol, Dimension.Pow(power), Math.Pow(ToSi, power));
}
