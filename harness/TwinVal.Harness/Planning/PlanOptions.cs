using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Planning;

/// <summary>What the user asked to run.</summary>
/// <param name="CasePattern">The <c>--cases</c> pattern; null selects every case.</param>
/// <param name="SolverIds">The <c>--solvers</c> ids (exact, comma-separated entries allowed); null or empty selects every solver.</param>
/// <param name="TierCeiling">The <c>--tier</c> option: only cases of this tier or a cheaper one; null applies no ceiling.</param>
public sealed record PlanOptions(string? CasePattern = null, IReadOnlyList<string>? SolverIds = null, Tier? TierCeiling = null)
{
    /// <summary>Everything: every case of every tier against every solver.</summary>
    public static PlanOptions Everything { get; } = new();
}
