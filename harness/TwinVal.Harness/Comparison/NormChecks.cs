using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>The preparation every norm metric shares: a usable input and a limit in the metric's unit.</summary>
internal static class NormChecks
{
    /// <summary>
    /// Null when the input is usable and the check's limit converts to <paramref name="limitUnit"/>; otherwise the Error
    /// result to return.
    /// </summary>
    public static CheckResult? Prepare(AcceptanceCheck check, ComparisonInput input, Unit limitUnit, out double limit)
    {
        limit = double.NaN;
        if (InputGuards.Problem(input) is { } problem)
        {
            return CheckResults.Error(check, limitUnit.Symbol, problem);
        }

        if (check.Limit is null)
        {
            return CheckResults.Error(check, limitUnit.Symbol, $"{MetricNames.Of(check)} check declares no limit");
        }

        if (!Tolerances.TryRead(check.Limit, limitUnit, "limit", out limit, out var error))
        {
            return CheckResults.Error(check, limitUnit.Symbol, error);
        }

        return null;
    }
}
