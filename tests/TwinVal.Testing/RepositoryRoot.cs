namespace TwinVal.Testing;

/// <summary>
/// The repository the tests were built from, found by walking up from the test binaries to the folder holding
/// <c>validation.sln</c>. Fixtures use it instead of compiler source paths, which deterministic CI builds map to <c>/_/</c>.
/// </summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The absolute path of the repository root.</summary>
    public static string Path => Found.Value;

    /// <summary>The bundled case library, <c>reference-cases/</c>.</summary>
    public static string CaseLibrary => System.IO.Path.Combine(Path, "reference-cases");

    /// <summary>A path below the repository root.</summary>
    /// <param name="parts">Folder and file names, in order.</param>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "validation.sln")) &&
                Directory.Exists(System.IO.Path.Combine(dir.FullName, "reference-cases")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds validation.sln and reference-cases/");
    }
}
