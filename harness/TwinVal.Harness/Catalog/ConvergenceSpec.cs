namespace TwinVal.Harness.Catalog;

/// <summary>The criterion of a <see cref="MetricKind.Convergence"/> check: an expected observed order, a GCI limit, or both.</summary>
/// <param name="ExpectedOrder">Formal order of the method; null when only the GCI is judged.</param>
/// <param name="OrderTolerance">Allowed |p_observed − p_expected|.</param>
/// <param name="GciLimit">Largest acceptable fine-level GCI, a fraction; null when only the order is judged.</param>
public sealed record ConvergenceSpec(double? ExpectedOrder, double OrderTolerance, double? GciLimit)
{
    /// <summary>
    /// Order tolerance when the case gives none, the same default as <c>ConvergenceCriterion.OrderTolerance</c>: tight
    /// enough to tell a first-order from a second-order method; a case whose levels are not in the asymptotic range states
    /// a wider one.
    /// </summary>
    public const double DefaultOrderTolerance = 0.1;
}
