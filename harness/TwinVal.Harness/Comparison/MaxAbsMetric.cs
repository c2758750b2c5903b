using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>Largest absolute error <c>max |s − r| ≤ limit</c>, in the variable's unit.</summary>
public sealed class MaxAbsMetric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.MaxAbs;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        if (NormChecks.Prepare(check, input, input.Reference.Unit, out var limit) is { } error)
        {
            return error;
        }

        var symbol = input.Reference.Unit.Symbol;
        var differences = ErrorNorms.Differences(input.Solution.Values.AsSpan(), input.Reference.Values.AsSpan());
        var value = ErrorNorms.MaxAbs(differences, out var i);
        var relation = value <= limit ? "≤" : ">";
        var message =
            $"max |s − r| = {NumberText.Num(value, symbol)} {relation} limit {NumberText.Num(limit, symbol)}; worst at " +
            $"t = {NumberText.Num(input.Time.Values[i], input.Time.Unit.Symbol)} (s = {NumberText.Num(input.Solution.Values[i], symbol)}, " +
            $"r = {NumberText.Num(input.Reference.Values[i], symbol)}) [{input.Alignment}]";
        return CheckResults.Judged(check, value, limit, symbol, message);
    }
}
