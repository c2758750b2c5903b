using System.Globalization;

namespace TwinVal.Harness.Data;

/// <summary>
/// Culture-invariant parsing of one CSV cell. .NET would also accept "Infinity", "∞" or an overflowing 1e999; here the
/// only non-finite spellings are the explicit tokens <c>NaN</c>, <c>Inf</c> and <c>-Inf</c>, so nothing becomes
/// infinite by accident.
/// </summary>
internal static class CsvNumber
{
    /// <summary>Parses <paramref name="cell"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string cell, bool allowNonFinite, out double value, out string? error)
    {
        var text = cell.Trim();
        double? token = text switch
        {
            "NaN" => double.NaN,
            "Inf" or "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => null,
        };
        if (token is { } special)
        {
            value = special;
            error = allowNonFinite ? null : $"'{text}' is not a finite number; this file must hold finite values only";
            return allowNonFinite;
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out value))
        {
            error = text.Length == 0 ? "empty cell; expected a number" : $"'{text}' is not a number (expected for example 1.5, -2e-3)";
            return false;
        }

        if (!double.IsFinite(value))
        {
            error = $"'{text}' is not a finite number (too large, or a non-finite spelling other than NaN, Inf, -Inf)";
            return false;
        }

        error = null;
        return true;
    }
}
