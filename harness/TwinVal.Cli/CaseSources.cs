using TwinVal.Harness;
using TwinVal.Harness.Catalog;

namespace TwinVal.Cli;

/// <summary>Loads the case catalogue the commands work on: the bundled library plus any extra folders.</summary>
internal static class CaseSources
{
    /// <summary>
    /// Loads the bundled library (found by <see cref="CaseLibraryLocator"/>) and <paramref name="extraFolders"/>.
    /// When the bundled library cannot be found and no folder is given, the result holds one problem saying so.
    /// </summary>
    public static CatalogResult Load(CliContext context, IEnumerable<string> extraFolders, bool includeBundled = true)
    {
        var paths = extraFolders.Select(context.Resolve).ToList();
        if (includeBundled)
        {
            if (CaseLibraryLocator.Find(context.WorkingDirectory) is { } bundled)
            {
                paths.Insert(0, bundled);
            }
            else if (paths.Count == 0)
            {
                return new CatalogResult([], [new Problem(context.WorkingDirectory, null, null, null,
                    "the bundled case library (reference-cases/ with schema/case.schema.json) was not found above this folder; " +
                    "run from a TwinVal checkout or pass --case-dir")], []);
            }
        }

        return CaseCatalog.Load(paths);
    }

    /// <summary>Writes every problem to standard error in compiler style; returns true when any is an error.</summary>
    public static async Task<bool> ReportAsync(CliContext context, IEnumerable<Problem> problems)
    {
        var hasErrors = false;
        foreach (var problem in problems)
        {
            hasErrors |= problem.Severity == ProblemSeverity.Error;
            await context.Error.WriteLineAsync(problem.ToString());
        }

        return hasErrors;
    }
}
