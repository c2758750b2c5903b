using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>Relative L2 error <c>‖s − r‖₂ / ‖r‖₂ ≤ limit</c> (a pure number; <c>%</c> limits are converted).</summary>
public sealed class RelL2Metric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.RelL2;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        if (NormChecks.Prepare(check, input, Unit.Dimensionless, out var limit) is { } error)
        {
            return error;
        }

        var symbol = input.Reference.Unit.Symbol;
        var referenceNorm = ErrorNorms.Euclidean(input.Reference.Values.AsSpan());
        if (referenceNorm == 0.0)
        {
            return CheckResults.Error(
                check, "1", $"reference '{input.Reference.Name}' is zero at every point, so ‖s − r‖₂/‖r‖₂ is undefined; use max-abs or rmse", limit);
        }

        var differences = ErrorNorms.Differences(input.Solution.Values.AsSpan(), input.Reference.Values.AsSpan());
        var errorNorm = ErrorNorms.Euclidean(differences);
        var value = errorNorm / referenceNorm;
        var relation = value <= limit ? "≤" : ">";
        var message =
            $"‖s − r‖₂/‖r‖₂ = {NumberText.Num(errorNorm, symbol)} / {NumberText.Num(referenceNorm, symbol)} = " +
            $"{NumberText.Num(value)} {relation} limit {NumberText.Num(limit)} over {differences.Length} points [{input.Alignment}]";
        return CheckResults.Judged(check, value, limit, "1", message);
    }
}
