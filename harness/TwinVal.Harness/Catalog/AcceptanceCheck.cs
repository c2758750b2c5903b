using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>One acceptance criterion of a case.</summary>
/// <param name="Id">Identifier, unique within the case (appears in checks.csv and the report).</param>
/// <param name="Metric">Which metric.</param>
/// <param name="Variable">Output variable the check reads.</param>
/// <param name="AbsoluteTolerance">atol for point-wise and QoI checks, in a unit compatible with the variable (or the QoI).</param>
/// <param name="RelativeTolerance">rtol for point-wise and QoI checks (pure number).</param>
/// <param name="Limit">Upper bound for norm metrics (unit of the variable; pure number for relative norms).</param>
/// <param name="Qoi">Extraction rule for <see cref="MetricKind.Qoi"/>.</param>
/// <param name="Expected">Expected QoI value; when null it is extracted from the reference series by the same rule.</param>
/// <param name="Description">Why this check exists, for the report.</param>
/// <param name="Convergence">Criterion of a <see cref="MetricKind.Convergence"/> check (its QoI is <paramref name="Qoi"/>).</param>
/// <param name="Range">
/// For a <see cref="MetricKind.Qoi"/> check: the QoI of the solution must lie in this range (a clinical normal range);
/// no reference series and no atol/rtol are involved.
/// </param>
public sealed record AcceptanceCheck(
    string Id,
    MetricKind Metric,
    string Variable,
    Quantity? AbsoluteTolerance = null,
    double RelativeTolerance = 0.0,
    Quantity? Limit = null,
    QoiSpec? Qoi = null,
    Quantity? Expected = null,
    string? Description = null,
    ConvergenceSpec? Convergence = null,
    QoiRange? Range = null);
