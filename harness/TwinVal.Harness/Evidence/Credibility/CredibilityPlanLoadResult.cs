using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>The outcome of loading a credibility plan file.</summary>
/// <param name="FilePath">The plan file, as given.</param>
/// <param name="Plan">The validated plan; null when any problem is an error.</param>
/// <param name="Problems">Every problem found, each with file, line, column and field.</param>
public sealed record CredibilityPlanLoadResult(string FilePath, CredibilityPlan? Plan, ImmutableArray<Problem> Problems)
{
    /// <summary>True when the plan is valid.</summary>
    public bool Succeeded => Plan is not null;
}
