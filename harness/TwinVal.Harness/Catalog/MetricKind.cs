namespace TwinVal.Harness.Catalog;

/// <summary>Acceptance metrics a case may declare (YAML: kebab case).</summary>
public enum MetricKind
{
    /// <summary>Every reference point satisfies |s − r| ≤ atol + rtol·|r| (SBML Test Suite rule).</summary>
    Pointwise,

    /// <summary>max |s − r| ≤ limit.</summary>
    MaxAbs,

    /// <summary>sqrt(mean (s − r)²) ≤ limit.</summary>
    Rmse,

    /// <summary>‖s − r‖₂ / ‖r‖₂ ≤ limit.</summary>
    RelL2,

    /// <summary>‖s − r‖∞ / ‖r‖∞ ≤ limit.</summary>
    RelLinf,

    /// <summary>A quantity of interest within |q − q_ref| ≤ atol + rtol·|q_ref|.</summary>
    Qoi,

    /// <summary>
    /// A quantity of interest converges over the case's refinement ladder: observed order within a tolerance of the
    /// expected order and/or fine-level GCI within a limit (Celik et al. 2008, doi:10.1115/1.2960953).
    /// </summary>
    Convergence,
}
