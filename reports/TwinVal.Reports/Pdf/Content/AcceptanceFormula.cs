using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>The rule an acceptance check applies, written out with its tolerances so a reviewer can check it by hand.</summary>
internal static class AcceptanceFormula
{
    /// <summary>For example <c>|s(t) − r(t)| ≤ atol + rtol·|r(t)| at every reference time t; atol = 0.01 mmHg, rtol = 0.001</c>.</summary>
    public static string Of(AcceptanceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var v = check.Variable;
        var limit = Text(check.Limit);
        return check.Metric switch
        {
            MetricKind.Pointwise => $"|s(t) − r(t)| ≤ atol + rtol·|r(t)| for {v} at every reference time t; {Tolerances(check)}",
            MetricKind.MaxAbs => $"max over t of |s(t) − r(t)| for {v} ≤ {limit}",
            MetricKind.Rmse => $"sqrt(mean over t of (s(t) − r(t))²) for {v} ≤ {limit}",
            MetricKind.RelL2 => $"‖s − r‖₂ / ‖r‖₂ for {v} ≤ {limit}",
            MetricKind.RelLinf => $"‖s − r‖∞ / ‖r‖∞ for {v} ≤ {limit}",
            MetricKind.Qoi => $"|q(s) − q_ref| ≤ atol + rtol·|q_ref| with q = {Qoi(check.Qoi)} of {v}, q_ref = {(check.Expected is { } e ? Text(e) : "the same rule applied to the reference")}; {Tolerances(check)}",
            MetricKind.Convergence => $"q = {Qoi(check.Qoi)} of {v} over the case's refinement ladder: {ConvergenceText.Of(check.Convergence!)}",
            _ => $"{check.Metric} for {v}",
        };
    }

    private static string Tolerances(AcceptanceCheck check) =>
        $"atol = {Text(check.AbsoluteTolerance)}, rtol = {check.RelativeTolerance.ToString("G6", CultureInfo.InvariantCulture)}";

    private static string Text(Quantity? quantity) => quantity is { } q
        ? (q.Unit.Symbol == "1" ? q.Value.ToString("G6", CultureInfo.InvariantCulture) : $"{q.Value.ToString("G6", CultureInfo.InvariantCulture)} {q.Unit.Symbol}")
        : "0";

    private static string Qoi(QoiSpec? spec) => spec switch
    {
        null => "the quantity of interest",
        { Kind: QoiKind.ValueAtTime, At: { } at } => $"value at t = {Text(at)}",
        { Kind: QoiKind.FirstCrossing, Threshold: { } th } => $"first {spec.Direction.ToString().ToLowerInvariant()} crossing of {Text(th)}",
        _ => Harness.Reporting.KebabCase.Of(spec.Kind),
    };
}
