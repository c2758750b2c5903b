using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>Root-mean-square error <c>sqrt(mean (s − r)²) ≤ limit</c>, in the variable's unit.</summary>
public sealed class RmseMetric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.Rmse;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        if (NormChecks.Prepare(check, input, input.Reference.Unit, out var limit) is { } error)
        {
            return error;
        }

        var symbol = input.Reference.Unit.Symbol;
        var differences = ErrorNorms.Differences(input.Solution.Values.AsSpan(), input.Reference.Values.AsSpan());
        var value = ErrorNorms.RootMeanSquare(differences);
        var relation = value <= limit ? "≤" : ">";
        var message =
            $"rmse over {differences.Length} points = {NumberText.Num(value, symbol)} {relation} limit " +
            $"{NumberText.Num(limit, symbol)} [{input.Alignment}]";
        return CheckResults.Judged(check, value, limit, symbol, message);
    }
}
