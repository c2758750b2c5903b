using TwinVal.Harness.Catalog;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Comparison;

/// <summary>Builds <see cref="CheckResult"/>s so that every metric fills value, limit and margin the same way.</summary>
internal static class CheckResults
{
    /// <summary>A check that could not be evaluated: value and margin are NaN, the message says why.</summary>
    public static CheckResult Error(AcceptanceCheck check, string unit, string message, double limit = double.NaN) =>
        new(check.Id, MetricNames.Of(check), check.Variable, double.NaN, limit, double.NaN, unit, Verdict.Error, message);

    /// <summary>
    /// A check judged by <c>value ≤ limit</c>; margin is <c>limit − value</c>. NaN never passes (the comparison is false).
    /// </summary>
    public static CheckResult Judged(AcceptanceCheck check, double value, double limit, string unit, string message)
    {
        var verdict = value <= limit ? Verdict.Pass : Verdict.Fail;
        return new(check.Id, MetricNames.Of(check), check.Variable, value, limit, limit - value, unit, verdict, message);
    }

    /// <summary>
    /// A check judged by a range: <paramref name="margin"/> is the signed distance of the value inside the nearest bound
    /// <paramref name="limit"/> (negative outside); it passes when the margin is not negative. NaN never passes.
    /// </summary>
    public static CheckResult Ranged(AcceptanceCheck check, double value, double limit, double margin, string unit, string message)
    {
        var verdict = margin >= 0 ? Verdict.Pass : Verdict.Fail;
        return new(check.Id, MetricNames.Of(check), check.Variable, value, limit, margin, unit, verdict, message);
    }
}
