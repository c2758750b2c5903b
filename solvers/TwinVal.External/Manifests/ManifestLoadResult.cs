using System.Collections.Immutable;

namespace TwinVal.External.Manifests;

/// <summary>The outcome of loading one manifest.</summary>
/// <param name="Manifest">The manifest; null when any problem is an error.</param>
/// <param name="Problems">Every problem found, each with file, line, column and field.</param>
public sealed record ManifestLoadResult(SolverManifest? Manifest, ImmutableArray<Harness.Problem> Problems)
{
    /// <summary>True when the manifest is usable.</summary>
    public bool Succeeded => Manifest is not null;
}
