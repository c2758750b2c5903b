using System.Text.RegularExpressions;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Data;

/// <summary>One parsed header cell of the form <c>name [unit]</c>.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Unit">Column unit.</param>
internal sealed partial record CsvHeaderCell(string Name, Unit Unit)
{
    /// <summary>Parses <paramref name="cell"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static CsvHeaderCell? TryParse(string cell, out string? error)
    {
        var match = Shape().Match(cell);
        if (!match.Success)
        {
            error = $"header cell '{cell}' is not of the form 'name [unit]' (for example 'P [mmHg]', or 'x [1]' for a pure number)";
            return null;
        }

        if (!Unit.TryParse(match.Groups["unit"].Value, out var unit, out var unitError))
        {
            error = $"header cell '{cell}': {unitError}";
            return null;
        }

        error = null;
        return new CsvHeaderCell(match.Groups["name"].Value, unit);
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\[(?<unit>[^\[\]]+)\]\s*$")]
    private static partial Regex Shape();
}
