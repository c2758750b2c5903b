using System.Globalization;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence;

/// <summary>
/// One judged criterion of an evidence computation (an observed order, a GCI limit, a validation bound, a moment test) in
/// the shape of <see cref="CheckResult"/>: the value, the limit it is held to, the margin, and why it passed or failed.
/// </summary>
/// <param name="Metric">Metric name, for example <c>observed-order</c>, <c>gci-fine</c>, <c>validation-error</c>.</param>
/// <param name="Value">Measured value (for order checks the distance from the expected order).</param>
/// <param name="Limit">The limit the value is held to.</param>
/// <param name="Margin">Limit minus value: positive passes, negative fails; NaN when the check could not be evaluated.</param>
/// <param name="Unit">Unit of value, limit and margin (<c>1</c> for ratios and orders).</param>
/// <param name="Verdict">Pass, Fail, or Error when the criterion could not be evaluated.</param>
/// <param name="Message">Why, with the numbers a reviewer needs to redo the judgement by hand.</param>
public sealed record EvidenceCheck(
    string Metric,
    double Value,
    double Limit,
    double Margin,
    string Unit,
    Verdict Verdict,
    string Message)
{
    /// <summary>A check that passes when <paramref name="value"/> ≤ <paramref name="limit"/>.</summary>
    public static EvidenceCheck AtMost(string metric, double value, double limit, string unit, string rule)
    {
        var margin = limit - value;
        var verdict = margin >= 0 ? Verdict.Pass : Verdict.Fail;
        var relation = verdict == Verdict.Pass ? "≤" : ">";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{metric} = {value:G6} {relation} limit {limit:G6} (margin {margin:G6} {unit}): {rule}");
        return new EvidenceCheck(metric, value, limit, margin, unit, verdict, message);
    }

    /// <summary>A check that could not be evaluated, with the reason.</summary>
    public static EvidenceCheck Unevaluable(string metric, double limit, string unit, string reason) =>
        new(metric, double.NaN, limit, double.NaN, unit, Verdict.Error, reason);

    /// <summary>This check as a pipeline <see cref="CheckResult"/> of acceptance check <paramref name="checkId"/> on <paramref name="variable"/>.</summary>
    public CheckResult ToCheckResult(string checkId, string variable) =>
        new(checkId, Metric, variable, Value, Limit, Margin, Unit, Verdict, Message);

    /// <summary>The overall verdict of several checks (Error beats Fail beats Pass; no checks is Error: nothing was judged).</summary>
    public static Verdict Combine(IEnumerable<EvidenceCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var verdicts = checks.Select(c => c.Verdict).ToList();
        return verdicts.Count == 0 ? Verdict.Error : VerdictRollup.Combine(verdicts);
    }
}
