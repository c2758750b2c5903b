using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>An acceptance metric: reads a check, the reference and the solver's output; returns one result with a message.</summary>
public interface IMetric
{
    /// <summary>The metric this implementation evaluates.</summary>
    MetricKind Kind { get; }

    /// <summary>Evaluates <paramref name="check"/>. Never throws for bad data: returns an Error result that says what was wrong.</summary>
    CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input);
}
