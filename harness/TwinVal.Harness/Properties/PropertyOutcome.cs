using System.Globalization;

namespace TwinVal.Harness.Properties;

/// <summary>
/// The verdict of one property at one sample: the measured value, the limit it is held to and the margin
/// (limit − value; negative violates), with a message naming the property, the value and the limit.
/// </summary>
/// <param name="Holds">Whether the property holds at the sample.</param>
/// <param name="Value">The measured value (worst over the series).</param>
/// <param name="Limit">The limit.</param>
/// <param name="Margin">Limit minus value in <paramref name="Unit"/>; negative when violated.</param>
/// <param name="Unit">Unit of value, limit and margin.</param>
/// <param name="Message">What was measured, where, and the rule.</param>
public sealed record PropertyOutcome(bool Holds, double Value, double Limit, double Margin, string Unit, string Message)
{
    /// <summary>An outcome from value ≤ limit.</summary>
    public static PropertyOutcome AtMost(double value, double limit, string unit, string what) =>
        new(value <= limit, value, limit, limit - value, unit, Invariant($"{what}: {value:G6} {unit} against a limit of {limit:G6} {unit} (margin {limit - value:G6} {unit})"));

    /// <summary>
    /// True when the property could not be evaluated at the sample (the output lacks a column, a span is too short,
    /// units do not match): the check is an <c>Error</c>, not a <c>Fail</c>, because nothing was measured.
    /// </summary>
    public bool Unevaluable { get; init; }

    /// <summary>The property cannot be evaluated: its output lacks what the property reads (see <see cref="Unevaluable"/>).</summary>
    public static PropertyOutcome Broken(string message) =>
        new(false, double.NaN, double.NaN, double.NaN, "1", message) { Unevaluable = true };

    /// <summary>A violation that has no number: the solve failed ("no error anywhere in the range" is part of every property).</summary>
    public static PropertyOutcome SolveFailed(string message) => new(false, double.NaN, double.NaN, double.NaN, "1", message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
