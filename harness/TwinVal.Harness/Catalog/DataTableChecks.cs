using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of a case's model data tables: names unique, paths inside the folder, files present and matching their
/// declared SHA-256, and every table readable.
/// </summary>
internal sealed class DataTableChecks(ProblemList problems, string folder)
{
    public ImmutableArray<ModelDataTable> Check(CaseDocument doc)
    {
        var tables = ImmutableArray.CreateBuilder<ModelDataTable>();
        var files = new ReferenceFileChecks(problems, folder);
        var entries = doc.DataTables.IsDefault ? [] : doc.DataTables;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var pointer = $"/data-tables/{i}";
            if (entries.Take(i).Any(e => e.Name == entry.Name))
            {
                problems.At(pointer + "/name", $"data table '{entry.Name}' is declared twice", preferValue: true);
            }

            if (files.Resolve(entry.Path, pointer + "/path") is not { } full)
            {
                continue;
            }

            if (!File.Exists(full))
            {
                problems.At(pointer + "/path", $"file '{entry.Path}' does not exist in the case folder", preferValue: true);
                continue;
            }

            var actual = CaseContentHash.OfFile(full);
            if (!string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
            {
                problems.At(pointer + "/sha256", $"SHA-256 of '{entry.Path}' does not match: declared {entry.Sha256}, actual {actual} (if the change is intended, update the hash from 'sha256sum {entry.Path}')", preferValue: true);
            }

            if (ModelDataTableReader.Read(entry, File.ReadAllText(full), Path.Combine(folder, entry.Path), problems) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables.ToImmutable();
    }
}
