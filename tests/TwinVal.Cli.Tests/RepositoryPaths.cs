namespace TwinVal.Cli.Tests;

/// <summary>Locates the repository the tests were built from, so fixtures copy the real bundled case library.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the first folder above the test binaries holding <c>validation.sln</c>.</summary>
    public static string Root => TwinVal.Testing.RepositoryRoot.Path;

    /// <summary>The bundled case library, <c>reference-cases/</c>.</summary>
    public static string CaseLibrary => Path.Combine(Root, "reference-cases");
}
