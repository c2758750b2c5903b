using System.Globalization;
using TwinVal.Harness.Judging;

namespace TwinVal.Reports;

/// <summary>Number and verdict formatting shared by the exporters, all culture-invariant.</summary>
internal static class ReportText
{
    /// <summary>Round-trip text for machine-read files (CSV): reading it back gives the same double.</summary>
    public static string Exact(double value) => value switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Six significant digits for human-read tables: enough to see a margin, short enough to scan.</summary>
    public static string Short(double value) => value switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    /// <summary>Six significant digits followed by the unit, which is left out for pure numbers (unit <c>1</c>).</summary>
    public static string Short(double value, string unit) => unit == "1" ? Short(value) : $"{Short(value)} {unit}";

    /// <summary>Lower-case verdict word used in every file.</summary>
    public static string Word(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>Symbol and word for the Markdown matrix: readable with and without emoji fonts.</summary>
    public static string Badge(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "✅ pass",
        Verdict.Fail => "❌ fail",
        Verdict.Error => "💥 error",
        Verdict.Unsupported => "➖ unsupported",
        _ => "⏭️ skipped",
    };
}
