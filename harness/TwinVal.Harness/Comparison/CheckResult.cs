using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// The outcome of one acceptance check: the measured value, the limit it is held to, the margin, and a message that
/// says why it passed or failed in terms a reviewer can check by hand.
/// </summary>
/// <param name="CheckId">Id of the acceptance check in case.yaml.</param>
/// <param name="Metric">Metric name (for example <c>pointwise</c>, <c>rmse</c>, <c>qoi:time-of-max</c>).</param>
/// <param name="Variable">Variable checked.</param>
/// <param name="Value">Measured value (an error norm, a worst tolerance ratio, or a QoI difference).</param>
/// <param name="Limit">The limit the value is held to.</param>
/// <param name="Margin">Limit minus value: positive passes, negative fails, in the value's unit.</param>
/// <param name="Unit">Unit of value, limit and margin (<c>1</c> for ratios).</param>
/// <param name="Verdict">Pass, Fail, or Error when the check could not be evaluated.</param>
/// <param name="Message">Why: for failures the worst point, both values, and the rule violated.</param>
public sealed record CheckResult(
    string CheckId,
    string Metric,
    string Variable,
    double Value,
    double Limit,
    double Margin,
    string Unit,
    Verdict Verdict,
    string Message)
{
    /// <summary>For property checks: seed, samples and the shrunk counterexample; null for every other check.</summary>
    public Properties.PropertyEvidence? Property { get; init; }
}
