using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Data;

/// <summary>One named column of numbers with its unit (a state variable over time, or the time axis itself).</summary>
/// <param name="Name">Variable name as in the case's outputs (for example <c>P</c>).</param>
/// <param name="Unit">Unit of every value in the column.</param>
/// <param name="Values">The values, one per time point.</param>
public sealed record Series(string Name, Unit Unit, ImmutableArray<double> Values)
{
    /// <summary>Number of values.</summary>
    public int Count => Values.Length;

    /// <summary>The same series expressed in <paramref name="target"/> (same instance when the unit already matches).</summary>
    /// <exception cref="InvalidOperationException">The units are not compatible.</exception>
    public Series ConvertTo(Unit target)
    {
        var factor = Unit.FactorTo(target);
        if (factor == 1.0)
        {
            return this with { Unit = target };
        }

        var converted = new double[Values.Length];
        for (var i = 0; i < converted.Length; i++)
        {
            converted[i] = Values[i] * factor;
        }

        return new Series(Name, target, ImmutableArray.Create(converted));
    }

    /// <summary>Header cell in the CSV convention of the case library: <c>name [unit]</c>.</summary>
    public string Header => $"{Name} [{Unit.Symbol}]";
}
