namespace TwinVal.External.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root => TwinVal.Testing.RepositoryRoot.Path;

    public static string ReferenceCases => Path.Combine(Root, "reference-cases");

    public static string Examples => Path.Combine(Root, "solvers", "external", "examples");
}
