namespace TwinVal.External.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ReferenceCases => Path.Combine(Root, "reference-cases");

    public static string Examples => Path.Combine(Root, "solvers", "external", "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "validation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no validation.sln above {AppContext.BaseDirectory}");
    }
}
