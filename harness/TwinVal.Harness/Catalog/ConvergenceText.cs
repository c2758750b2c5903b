using System.Globalization;

namespace TwinVal.Harness.Catalog;

/// <summary>The criterion of a convergence check in words, shared by the command line and the reports.</summary>
public static class ConvergenceText
{
    /// <summary>For example <c>|p_observed − 4| ≤ 0.2 and GCI_fine ≤ 1e-06</c>.</summary>
    public static string Of(ConvergenceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parts = new List<string>();
        if (spec.ExpectedOrder is { } order)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"|p_observed − {order:G6}| ≤ {spec.OrderTolerance:G6}"));
        }

        if (spec.GciLimit is { } limit)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"GCI_fine ≤ {limit:G6}"));
        }

        return string.Join(" and ", parts);
    }
}
