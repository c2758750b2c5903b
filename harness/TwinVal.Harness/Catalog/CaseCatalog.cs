using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Finds and loads reference cases. A path may be a library root (cases at <c>&lt;root&gt;/&lt;domain&gt;/&lt;case-id&gt;/case.yaml</c>,
/// the <c>schema/</c> and <c>plans/</c> folders skipped), a case folder, or a case.yaml file. A broken case is reported and left out;
/// it never stops the others from loading.
/// </summary>
public static class CaseCatalog
{
    /// <summary>Loads every case under <paramref name="paths"/> with a default <see cref="CaseLoader"/>.</summary>
    public static CatalogResult Load(params IEnumerable<string> paths) => Load(paths, new CaseLoader());

    /// <summary>Loads every case under <paramref name="paths"/> with <paramref name="loader"/>.</summary>
    public static CatalogResult Load(IEnumerable<string> paths, CaseLoader loader)
    {
        var problems = new List<Problem>();
        var folders = Discover(paths, problems);
        var results = folders.Select(loader.Load).ToList();
        problems.AddRange(results.SelectMany(r => r.Problems));

        var rejected = results.Where(r => !r.Succeeded).Select(r => r.FolderPath).ToHashSet(StringComparer.Ordinal);
        foreach (var group in results.Where(r => r.Succeeded).GroupBy(r => r.Case!.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // Two cases with one id cannot be told apart in results and reports: neither is trusted.
            foreach (var result in group)
            {
                var others = string.Join(", ", group.Where(o => o != result).Select(o => o.FolderPath));
                problems.Add(new Problem(
                    Path.Combine(result.FolderPath, CaseLoader.CaseFileName), result.IdPosition?.Line, result.IdPosition?.Column, "id",
                    $"id '{group.Key}' is also used by {others}; case ids must be unique across the catalogue"));
                rejected.Add(result.FolderPath);
            }
        }

        return new CatalogResult(
            [.. results.Where(r => r.Succeeded && !rejected.Contains(r.FolderPath)).Select(r => r.Case!).OrderBy(c => c.Id, StringComparer.Ordinal)],
            [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ThenBy(p => p.Message, StringComparer.Ordinal)],
            [.. rejected.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The case folders named by <paramref name="paths"/>, each once, in path order; problems for paths that name none.</summary>
    internal static ImmutableArray<string> Discover(IEnumerable<string> paths, List<Problem> problems)
    {
        var folders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string folder) => folders.TryAdd(Path.GetFullPath(folder), folder);

        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (Path.GetFileName(path) == CaseLoader.CaseFileName)
                {
                    Add(Path.GetDirectoryName(Path.GetFullPath(path))!);
                }
                else
                {
                    problems.Add(new Problem(path, null, null, null, $"expected a case folder, a {CaseLoader.CaseFileName} or a case library root"));
                }
            }
            else if (!Directory.Exists(path))
            {
                problems.Add(new Problem(path, null, null, null, "no such file or folder"));
            }
            else if (File.Exists(Path.Combine(path, CaseLoader.CaseFileName)))
            {
                Add(path);
            }
            else
            {
                var before = folders.Count;
                foreach (var caseFolder in IsDomainFolder(path) ? DomainCases(path, problems) : CaseFolders(path, problems))
                {
                    Add(caseFolder);
                }

                if (folders.Count == before)
                {
                    problems.Add(new Problem(path, null, null, null, $"no case found; expected <domain>/<case-id>/{CaseLoader.CaseFileName} or <case-id>/{CaseLoader.CaseFileName} below this folder", ProblemSeverity.Warning));
                }
            }
        }

        return [.. folders.Values];
    }

    private static IEnumerable<string> CaseFolders(string root, List<Problem> problems)
    {
        foreach (var domain in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(domain);
            // schema/ holds the JSON schemas and plans/ the credibility plans: library folders, not domains.
            if (name is "schema" or "plans" || name.StartsWith('.'))
            {
                continue;
            }

            foreach (var folder in DomainCases(domain, problems))
            {
                yield return folder;
            }
        }
    }

    // A domain folder (reference-cases/oncology) holds case folders directly; one is enough to tell it from a library root.
    private static bool IsDomainFolder(string path) =>
        Directory.GetDirectories(path).Any(d => File.Exists(Path.Combine(d, CaseLoader.CaseFileName)));

    private static IEnumerable<string> DomainCases(string domain, List<Problem> problems)
    {
        foreach (var folder in Directory.GetDirectories(domain).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, CaseLoader.CaseFileName)))
            {
                yield return folder;
            }
            else if (!Path.GetFileName(folder).StartsWith('.'))
            {
                problems.Add(new Problem(folder, null, null, null, $"folder has no {CaseLoader.CaseFileName}; skipped", ProblemSeverity.Warning));
            }
        }
    }
}
