using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>The outcome of loading one case folder.</summary>
/// <param name="FolderPath">The case folder, as given to the loader.</param>
/// <param name="Case">The validated case; null when any problem is an error.</param>
/// <param name="Problems">Every problem found in the folder's files (warnings may accompany a valid case).</param>
public sealed record CaseLoadResult(string FolderPath, ReferenceCase? Case, ImmutableArray<Problem> Problems)
{
    /// <summary>True when the case is valid.</summary>
    public bool Succeeded => Case is not null;

    /// <summary>Where the case's <c>id</c> is written, so that catalogue-wide checks can point at it.</summary>
    internal (int Line, int Column)? IdPosition { get; init; }
}
