using System.Diagnostics.CodeAnalysis;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>Reads tolerances and limits of a check in the unit the comparison is made in.</summary>
internal static class Tolerances
{
    /// <summary>
    /// Converts <paramref name="quantity"/> to <paramref name="target"/>; fails with a message naming both units when they
    /// are incompatible, or when the value is negative or not finite. A missing quantity reads as zero.
    /// </summary>
    public static bool TryRead(Quantity? quantity, Unit target, string role, out double value, [NotNullWhen(false)] out string? error)
    {
        value = 0.0;
        error = null;
        if (quantity is not { } q)
        {
            return true;
        }

        if (!q.Unit.IsCompatibleWith(target))
        {
            error = $"{role} unit '{q.Unit.Symbol}' ({q.Unit.Dimension}) is not compatible with '{target.Symbol}' ({target.Dimension})";
            return false;
        }

        value = q.In(target);
        if (!double.IsFinite(value) || value < 0.0)
        {
            error = $"{role} must be finite and non-negative; it is {q}";
            return false;
        }

        return true;
    }

    /// <summary>Checks a relative tolerance: finite and non-negative.</summary>
    public static string? RelativeProblem(double rtol) =>
        double.IsFinite(rtol) && rtol >= 0.0 ? null : $"rtol must be finite and non-negative; it is {NumberText.Num(rtol)}";
}
