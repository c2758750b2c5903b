using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>The result of loading case folders: the valid cases and every problem found in the others.</summary>
/// <param name="Cases">Valid cases, ordered by id.</param>
/// <param name="Problems">Every problem found, in file then line order.</param>
/// <param name="RejectedFolders">Case folders skipped because of errors.</param>
public sealed record CatalogResult(
    ImmutableArray<ReferenceCase> Cases,
    ImmutableArray<Problem> Problems,
    ImmutableArray<string> RejectedFolders)
{
    /// <summary>True when at least one problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
