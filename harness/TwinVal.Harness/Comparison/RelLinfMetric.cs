using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>Relative maximum error <c>‖s − r‖∞ / ‖r‖∞ ≤ limit</c> (a pure number; <c>%</c> limits are converted).</summary>
public sealed class RelLinfMetric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.RelLinf;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        if (NormChecks.Prepare(check, input, Unit.Dimensionless, out var limit) is { } error)
        {
            return error;
        }

        var symbol = input.Reference.Unit.Symbol;
        var referenceNorm = ErrorNorms.MaxAbs(input.Reference.Values.AsSpan(), out _);
        if (referenceNorm == 0.0)
        {
            return CheckResults.Error(
                check, "1", $"reference '{input.Reference.Name}' is zero at every point, so ‖s − r‖∞/‖r‖∞ is undefined; use max-abs", limit);
        }

        var differences = ErrorNorms.Differences(input.Solution.Values.AsSpan(), input.Reference.Values.AsSpan());
        var errorNorm = ErrorNorms.MaxAbs(differences, out var i);
        var value = errorNorm / referenceNorm;
        var relation = value <= limit ? "≤" : ">";
        var message =
            $"‖s − r‖∞/‖r‖∞ = {NumberText.Num(errorNorm, symbol)} / {NumberText.Num(referenceNorm, symbol)} = " +
            $"{NumberText.Num(value)} {relation} limit {NumberText.Num(limit)}; largest error at " +
            $"t = {NumberText.Num(input.Time.Values[i], input.Time.Unit.Symbol)} [{input.Alignment}]";
        return CheckResults.Judged(check, value, limit, "1", message);
    }
}
