using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>Dimension checks of quantities in a case, reported at the quantity's unit field.</summary>
internal sealed class UnitRules(ProblemList problems)
{
    /// <summary>Time, for start/end times, onsets, durations, periods, intervals and steps.</summary>
    public static Unit Time => SiUnits.Second;

    /// <summary>The unit grid spacings must be convertible to.</summary>
    public static Unit Length => SiUnits.Metre;

    /// <summary>1/time, for frequencies.</summary>
    public static Unit Frequency => SiUnits.Hertz;

    /// <summary>
    /// Requires <paramref name="quantity"/> (at <paramref name="pointer"/>) to be convertible to <paramref name="expected"/>;
    /// <paramref name="what"/> names what the unit must be, for the message. Skipped when its unit already failed to parse.
    /// </summary>
    public bool Require(Quantity? quantity, string pointer, Unit expected, string what)
    {
        if (quantity is not { } q || problems.HasProblemAt(pointer + "/unit"))
        {
            return true;
        }

        if (q.Unit.IsCompatibleWith(expected))
        {
            return true;
        }

        problems.At(pointer + "/unit", $"unit '{q.Unit.Symbol}' ({q.Unit.Dimension}) is not {what} ({expected.Dimension}, for example '{expected.Symbol}')", preferValue: true);
        return false;
    }
}
