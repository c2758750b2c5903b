namespace TwinVal.Harness.Reporting;

/// <summary>A solver as recorded in run.json.</summary>
/// <param name="Id">Solver id.</param>
/// <param name="Version">Solver version.</param>
/// <param name="Kind">built-in or external.</param>
/// <param name="Models">Supported model ids.</param>
public sealed record SolverRecord(string Id, string Version, string Kind, IReadOnlyList<string> Models)
{
    /// <summary>Files identifying the solver's code with their SHA-256 (the assembly of a built-in solver; an external one's executable and manifest).</summary>
    public System.Collections.Immutable.ImmutableArray<SolverFileHash> Files { get; init; } = [];
}
