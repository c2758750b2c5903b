using TwinVal.Harness.Data;

namespace TwinVal.Harness.Comparison;

/// <summary>Checks every metric makes before it computes anything, so that bad data gives an Error, never a number.</summary>
internal static class InputGuards
{
    /// <summary>Null when the input can be compared; otherwise what is wrong with it.</summary>
    public static string? Problem(ComparisonInput input)
    {
        var n = input.Time.Count;
        if (n == 0)
        {
            return $"the reference of '{input.Reference.Name}' has no time points";
        }

        if (input.Reference.Count != n || input.Solution.Count != n)
        {
            return $"series lengths differ: time has {n} points, reference '{input.Reference.Name}' {input.Reference.Count}, " +
                   $"solution {input.Solution.Count}";
        }

        // Metrics read both series as numbers in one unit; the comparer converts before any metric runs, so a unit
        // mismatch here (even a convertible one) means the input was built by hand and would compare unlike values.
        if (!input.Solution.Unit.Equals(input.Reference.Unit))
        {
            return $"solution is in '{input.Solution.Unit.Symbol}' but the reference in '{input.Reference.Unit.Symbol}'; " +
                   "metrics need both in the reference unit (GridAligner converts)";
        }

        return NonFinite(input.Solution, input.Time, "undeclared non-finite value")
            ?? NonFinite(input.Reference, input.Time, "non-finite reference value");
    }

    /// <summary>Null when every value is finite; otherwise the first NaN or ±∞ with its time.</summary>
    public static string? NonFinite(Series values, Series time, string what)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values.Values[i]))
            {
                var at = i < time.Count ? NumberText.Num(time.Values[i], time.Unit.Symbol) : $"row {i + 1}";
                return $"{what} {NumberText.Num(values.Values[i])} in '{values.Name}' at t = {at}";
            }
        }

        return null;
    }
}
