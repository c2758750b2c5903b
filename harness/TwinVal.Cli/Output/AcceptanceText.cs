using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Output;

/// <summary>One line per acceptance check, with the formula it applies.</summary>
internal static class AcceptanceText
{
    public static string Describe(AcceptanceCheck check)
    {
        var atol = check.AbsoluteTolerance?.ToString() ?? "0";
        var rule = check.Metric switch
        {
            MetricKind.Pointwise => $"|s − r| ≤ {atol} + {check.RelativeTolerance:R}·|r| at every reference point",
            MetricKind.Qoi => $"{KebabCase.Of(check.Qoi!.Kind)}{Where(check.Qoi)}: |q − q_ref| ≤ {atol} + {check.RelativeTolerance:R}·|q_ref|",
            MetricKind.Convergence => $"{KebabCase.Of(check.Qoi!.Kind)}{Where(check.Qoi)} over the refinement ladder: {ConvergenceText.Of(check.Convergence!)}",
            _ => $"{KebabCase.Of(check.Metric)} ≤ {check.Limit}",
        };
        return $"{check.Id} ({check.Variable}): {rule}";
    }

    private static string Where(QoiSpec qoi) => (qoi.At, qoi.Threshold) switch
    {
        ({ } at, _) => $" at {at}",
        (null, { } threshold) => $" ({KebabCase.Of(qoi.Direction)} through {threshold})",
        _ => string.Empty,
    };
}
