using System.Collections.Immutable;
using TwinVal.Harness;

namespace TwinVal.External;

/// <summary>The external solvers found in the solver folders, and every problem with their manifests.</summary>
/// <param name="Solvers">Solvers whose manifests loaded, ordered by id.</param>
/// <param name="Problems">Problems of manifests that did not load (and of folders that do not exist).</param>
public sealed record DiscoveryResult(ImmutableArray<ExternalSolver> Solvers, ImmutableArray<Problem> Problems)
{
    /// <summary>True when at least one problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
