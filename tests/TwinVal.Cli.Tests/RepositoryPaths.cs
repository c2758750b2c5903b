namespace TwinVal.Cli.Tests;

/// <summary>Locates the repository the tests were built from, so fixtures copy the real bundled case library.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the first folder above the test binaries holding <c>validation.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled case library, <c>reference-cases/</c>.</summary>
    public static string CaseLibrary => Path.Combine(Root, "reference-cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "validation.sln")) && Directory.Exists(Path.Combine(dir.FullName, "reference-cases")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds validation.sln and reference-cases/");
    }
}
