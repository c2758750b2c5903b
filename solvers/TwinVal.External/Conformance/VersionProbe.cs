using System.Collections.Immutable;
using TwinVal.External.Manifests;
using TwinVal.External.Processes;
using TwinVal.Harness.Execution;

namespace TwinVal.External.Conformance;

/// <summary>Runs a manifest's version probe and compares what it prints with the manifest's version.</summary>
public static class VersionProbe
{
    /// <summary>Time limit of the probe: printing a version must not take long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Null when the probe printed the manifest's version (or there is no probe); otherwise what is wrong.</summary>
    public static async Task<string?> CheckAsync(SolverManifest manifest, ExternalSolverOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        if (manifest.VersionProbe.IsEmpty)
        {
            return null;
        }

        var folder = Path.Combine(options.TempRoot, $"{ExternalSolver.RunFolderPrefix}probe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var program = ProgramResolver.Resolve(manifest.VersionProbe[0], manifest.Folder, Environment.GetEnvironmentVariable("PATH"), out var error);
            if (program is null)
            {
                return $"version-probe: {error}";
            }

            var env = ImmutableDictionary<string, string>.Empty.Add("PATH", Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Add("HOME", folder);
            var arguments = manifest.VersionProbe[1..].Select(a => ExternalSolver.Expand(a, string.Empty, string.Empty, folder, manifest.Folder)).ToImmutableArray();
            var result = await ProcessLauncher.RunAsync(new ProcessSpec(program, arguments, folder, env, Timeout, options.Limits, null), cancellationToken).ConfigureAwait(false);
            var printed = result.Stdout.Trim();
            return result.End != ProcessEnd.Exited || result.ExitCode != 0
                ? $"version-probe: '{string.Join(' ', manifest.VersionProbe)}' ended with {result.End} (exit code {result.ExitCode}); stderr: {result.Stderr.Trim()}"
                : printed.Contains(manifest.Version, StringComparison.Ordinal)
                    ? null
                    : $"version-probe printed '{printed}', which does not contain the manifest's version '{manifest.Version}'; update 'version' in {manifest.Path} or the solver";
        }
        catch (SolverException ex)
        {
            return $"version-probe: {ex.Message}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
