using System.Collections.Immutable;
using System.Security.Cryptography;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Reporting;

/// <summary>Builds the run record's descriptions of cases and solvers.</summary>
public static class RecordFactory
{
    /// <summary>The record of <paramref name="referenceCase"/>; its path relative to <paramref name="baseFolder"/> when given.</summary>
    public static CaseRecord Case(ReferenceCase referenceCase, string? baseFolder = null) => new(
        referenceCase.Id,
        referenceCase.Title,
        KebabCase.Of(referenceCase.Domain),
        KebabCase.Of(referenceCase.Kind),
        KebabCase.Of(referenceCase.Tier),
        referenceCase.Model.Id,
        referenceCase.Model.Version,
        baseFolder is null ? referenceCase.FolderPath : Path.GetRelativePath(baseFolder, referenceCase.FolderPath).Replace('\\', '/'),
        referenceCase.ContentHash,
        KebabCase.Of(referenceCase.Reference.Class),
        referenceCase.Reference.Citation);

    /// <summary>The record of <paramref name="solver"/>.</summary>
    public static SolverRecord Solver(ISolver solver)
    {
        ArgumentNullException.ThrowIfNull(solver);
        return new(solver.Id, solver.Version, KebabCase.Of(solver.Kind), [.. solver.SupportedModels]) { Files = Files(solver) };
    }

    /// <summary>SHA-256 of the files identifying <paramref name="solver"/>'s code: its own list, else its assembly.</summary>
    public static ImmutableArray<SolverFileHash> Files(ISolver solver)
    {
        ArgumentNullException.ThrowIfNull(solver);
        if (solver is ISolverProvenance provenance)
        {
            return [.. provenance.IdentityFiles.Select(f => Hash(f.Role, f.Path))];
        }

        // An assembly loaded from memory (single-file publish) has no location: there is then no file to hash.
        var location = solver.GetType().Assembly.Location;
        return string.IsNullOrEmpty(location) ? [] : [Hash("assembly", location)];
    }

    private static SolverFileHash Hash(string role, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new SolverFileHash(role, path, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SolverFileHash(role, path, $"unreadable: {ex.Message}");
        }
    }
}
