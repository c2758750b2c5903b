namespace TwinVal.External.Manifests;

/// <summary>Finds the program a manifest's argv names, the way exec would, and says why when it cannot.</summary>
internal static class ProgramResolver
{
    /// <summary>
    /// A program containing '/' is a path, relative to <paramref name="manifestFolder"/> when not absolute; a bare
    /// name is looked up on PATH. Returns the full path, or null with <paramref name="error"/> set.
    /// </summary>
    public static string? Resolve(string program, string manifestFolder, string? searchPath, out string? error)
    {
        error = null;
        if (program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(Path.Combine(manifestFolder, program));
            return Check(full, $"program '{program}' (resolved to {full})", out error);
        }

        foreach (var dir in (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate) && IsExecutable(candidate))
            {
                return candidate;
            }
        }

        error = $"program '{program}' is not on PATH; give a path relative to the manifest or install it";
        return null;
    }

    private static string? Check(string full, string what, out string? error)
    {
        error = !File.Exists(full) ? $"{what} does not exist"
            : !IsExecutable(full) ? $"{what} is not executable (chmod +x, or name its interpreter first, for example [python3, {Path.GetFileName(full)}])"
            : null;
        return error is null ? full : null;
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() ||
        (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
