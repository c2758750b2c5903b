using System.Globalization;

namespace TwinVal.Harness.Units;

/// <summary>A number with its unit. Parameters, initial values, tolerances and QoIs are all quantities.</summary>
/// <param name="Value">The magnitude in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit the value is expressed in.</param>
public readonly record struct Quantity(double Value, Unit Unit)
{
    /// <summary>The value expressed in <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">The units are not compatible.</exception>
    public double In(Unit target) => Unit.Convert(Value, target);

    /// <summary>The value expressed in the unit written as <paramref name="target"/>.</summary>
    public double In(string target) => In(Unit.Parse(target));

    /// <summary>The same quantity expressed in <paramref name="target"/>.</summary>
    public Quantity ConvertTo(Unit target) => new(In(target), target);

    /// <summary>Round-trippable text: value then unit, for example <c>1.5 mL/mmHg</c>.</summary>
    public override string ToString() =>
        Unit.Dimension.IsDimensionless && Unit.Symbol == "1"
            ? Value.ToString("R", CultureInfo.InvariantCulture)
            : $"{Value.ToString("R", CultureInfo.InvariantCulture)} {Unit.Symbol}";
}
