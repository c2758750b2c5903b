namespace TwinVal.Cli;

/// <summary>Finds the bundled case library (<c>reference-cases/</c>) without the user having to say where it is.</summary>
internal static class CaseLibraryLocator
{
    /// <summary>
    /// The first <c>reference-cases</c> folder holding <c>schema/case.schema.json</c>, searching upwards from the working
    /// directory and then from the executable's folder (so both <c>dotnet run</c> from the repository and an installed
    /// tool next to a checkout work); null when there is none.
    /// </summary>
    public static string? Find(string workingDirectory)
    {
        foreach (var start in new[] { workingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "reference-cases");
                if (File.Exists(Path.Combine(candidate, "schema", "case.schema.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
