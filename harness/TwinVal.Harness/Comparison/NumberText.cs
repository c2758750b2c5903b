using System.Globalization;

namespace TwinVal.Harness.Comparison;

/// <summary>Numbers in messages: invariant culture, seven significant digits.</summary>
internal static class NumberText
{
    // Seven significant digits: enough to tell a value from a limit that differs in the sixth digit (tolerances are
    // rarely given to more than two), short enough to read. The exact values travel in CheckResult, not in the text.
    private const string Format = "G7";

    /// <summary>The number alone.</summary>
    public static string Num(double value) => value.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The number followed by its unit (no unit for pure numbers written <c>1</c>).</summary>
    public static string Num(double value, string unit) =>
        unit is "1" or "" ? Num(value) : $"{Num(value)} {unit}";
}
