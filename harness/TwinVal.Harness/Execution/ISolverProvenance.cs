using System.Collections.Immutable;

namespace TwinVal.Harness.Execution;

/// <summary>
/// A solver that can name the files whose bytes identify its code (an external solver: its executable and manifest),
/// so that the run record can hold their SHA-256. Built-in solvers need not implement it: their assembly is hashed.
/// </summary>
public interface ISolverProvenance
{
    /// <summary>Each identifying file with its role (for example <c>executable</c>, <c>manifest</c>) and full path.</summary>
    ImmutableArray<(string Role, string Path)> IdentityFiles { get; }
}
