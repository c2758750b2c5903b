using System.Collections.Immutable;
using TwinVal.External.Manifests;
using TwinVal.Harness;

namespace TwinVal.External;

/// <summary>
/// Finds external solver manifests: a path may be a <c>solver.yaml</c> or a folder searched for <c>solver.yaml</c>
/// files up to <see cref="MaxDepth"/> levels down (<c>DIR/solver.yaml</c>, <c>DIR/acme/solver.yaml</c>, …). A broken
/// manifest is reported and left out; it never stops the others.
/// </summary>
public static class ExternalSolverDiscovery
{
    /// <summary>Environment variable naming extra solver folders (separated like PATH), read by <see cref="DefaultFolders"/>.</summary>
    public const string EnvironmentVariable = "TWINVAL_SOLVER_PATH";

    /// <summary>Deepest folder level searched below a given folder.</summary>
    public const int MaxDepth = 3;

    /// <summary>
    /// The default folders: every entry of <c>$TWINVAL_SOLVER_PATH</c>, then <c>$XDG_CONFIG_HOME/twinval/solvers</c>
    /// (or <c>~/.config/twinval/solvers</c>) when it exists.
    /// </summary>
    public static ImmutableArray<string> DefaultFolders()
    {
        var folders = (Environment.GetEnvironmentVariable(EnvironmentVariable) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        var user = Path.Combine(config, "twinval", "solvers");
        if (Directory.Exists(user))
        {
            folders.Add(user);
        }

        return [.. folders];
    }

    /// <summary>Loads every manifest under <paramref name="paths"/>; duplicate ids are reported and only the first is kept.</summary>
    public static DiscoveryResult Load(IEnumerable<string> paths, ExternalSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new List<Problem>();
        var solvers = new SortedDictionary<string, ExternalSolver>(StringComparer.Ordinal);
        foreach (var manifestPath in Manifests(paths, problems))
        {
            var load = ManifestLoader.Load(manifestPath);
            problems.AddRange(load.Problems);
            if (load.Manifest is not { } manifest)
            {
                continue;
            }

            if (solvers.TryGetValue(manifest.Id, out var first))
            {
                problems.Add(new Problem(manifestPath, null, null, "id",
                    $"solver id '{manifest.Id}' is already used by {first.Manifest.Path}; this manifest is skipped"));
                continue;
            }

            solvers.Add(manifest.Id, new ExternalSolver(manifest, options));
        }

        return new DiscoveryResult([.. solvers.Values], [.. problems]);
    }

    private static IEnumerable<string> Manifests(IEnumerable<string> paths, List<Problem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    yield return path;
                }

                continue;
            }

            if (!Directory.Exists(path))
            {
                problems.Add(new Problem(path, null, null, null, "no such file or folder; expected a solver folder or a solver.yaml"));
                continue;
            }

            var found = Search(path, 0).Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0)
            {
                problems.Add(new Problem(path, null, null, null, $"no {SolverManifest.FileName} found here or up to {MaxDepth} levels below", ProblemSeverity.Warning));
            }

            foreach (var manifest in found.Where(m => seen.Add(Path.GetFullPath(m))))
            {
                yield return manifest;
            }
        }
    }

    private static IEnumerable<string> Search(string folder, int depth)
    {
        var manifest = Path.Combine(folder, SolverManifest.FileName);
        if (File.Exists(manifest))
        {
            // A solver folder is not searched further: its subfolders are the solver's own files.
            return [manifest];
        }

        return depth >= MaxDepth
            ? []
            : Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')).SelectMany(d => Search(d, depth + 1));
    }
}
