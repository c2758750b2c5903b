using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of a case's files: reference paths stay inside the folder, files exist and match their declared SHA-256,
/// provenance.md exists, every CSV parses, every output variable has a reference column in a compatible unit, and
/// reference times lie within the protocol's time span.
/// </summary>
internal sealed class ReferenceFileChecks(ProblemList problems, string folder)
{
    /// <summary>Name of the file that documents where the reference numbers come from.</summary>
    public const string ProvenanceFile = "provenance.md";

    /// <summary>Reads and checks the reference tables; returns them (those that could be read) in declaration order.</summary>
    public ImmutableArray<ReferenceTable> Check(CaseDocument doc)
    {
        var provenance = Path.Combine(folder, ProvenanceFile);
        if (!File.Exists(provenance))
        {
            problems.Add(new Problem(provenance, null, null, null, "missing: every case needs a provenance.md saying where each reference number comes from (citation, DOI, table or figure, or the script that computed it)"));
        }

        var tables = ImmutableArray.CreateBuilder<ReferenceTable>();
        for (var i = 0; i < doc.ReferenceFiles.Length; i++)
        {
            var table = ReadTable(doc.ReferenceFiles[i], $"/reference/files/{i}", doc);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        // A property-only case (ReferenceClass.None) has no reference files: its outputs are judged by properties alone.
        if (tables.Count == doc.ReferenceFiles.Length && doc.ReferenceClass != ReferenceClass.None)
        {
            CheckCoverage(doc, tables);
        }

        return tables.ToImmutable();
    }

    private ReferenceTable? ReadTable(ReferenceFileEntry entry, string pointer, CaseDocument doc)
    {
        var full = Resolve(entry.Path, pointer + "/path");
        if (full is null)
        {
            return null;
        }

        if (!File.Exists(full))
        {
            problems.At(pointer + "/path", $"file '{entry.Path}' does not exist in the case folder", preferValue: true);
            return null;
        }

        var actual = CaseContentHash.OfFile(full);
        if (!string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
        {
            problems.At(pointer + "/sha256", $"SHA-256 of '{entry.Path}' does not match: declared {entry.Sha256}, actual {actual} (if the change is intended, update the hash from 'sha256sum {entry.Path}')", preferValue: true);
        }

        var result = SeriesTableCsvReader.Read(full, new CsvReadOptions(DisplayPath: Path.Combine(folder, entry.Path)));
        problems.AddRange(result.Problems);
        if (result.Table is not { } data)
        {
            return null;
        }

        CheckTimeSpan(data, doc.Protocol, pointer + "/path", entry.Path);
        return new ReferenceTable(entry.Path, entry.Sha256, data);
    }

    // Relative, inside the folder: no absolute path, no '..' that climbs out (a case must be self-contained).
    internal string? Resolve(string path, string pointer)
    {
        if (Path.IsPathRooted(path) || path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':'))
        {
            problems.At(pointer, $"'{path}' is an absolute path; expected a path relative to the case folder", preferValue: true);
            return null;
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!Inside(root, full))
        {
            problems.At(pointer, $"'{path}' leaves the case folder; reference files must lie inside it", preferValue: true);
            return null;
        }

        // A symbolic link may point anywhere; its final target must lie inside the folder too.
        var info = new FileInfo(full);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target && !Inside(root, target.FullName))
        {
            problems.At(pointer, $"'{path}' is a symbolic link to '{target.FullName}', outside the case folder; reference files must lie inside it", preferValue: true);
            return null;
        }

        return full;
    }

    private static bool Inside(string root, string full) =>
        full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void CheckTimeSpan(SeriesTable data, CaseProtocol protocol, string pointer, string path)
    {
        if (problems.HasProblemAt("/protocol/start-time/unit") || problems.HasProblemAt("/protocol/end-time/unit") ||
            !protocol.StartTime.Unit.IsCompatibleWith(UnitRules.Time) || !protocol.EndTime.Unit.IsCompatibleWith(UnitRules.Time))
        {
            return;
        }

        var start = protocol.StartTime.In(UnitRules.Time);
        var end = protocol.EndTime.In(UnitRules.Time);
        var first = data.Time.Unit.Convert(data.Time.Values[0], UnitRules.Time);
        var last = data.Time.Unit.Convert(data.Time.Values[^1], UnitRules.Time);

        // A relative slack of 1e-12 absorbs the rounding of unit conversion (ms in the CSV, s in the protocol).
        var slack = 1e-12 * Math.Max(Math.Abs(start), Math.Abs(end));
        if (first < start - slack || last > end + slack)
        {
            problems.At(pointer, string.Create(CultureInfo.InvariantCulture,
                $"reference times of '{path}' span [{first}, {last}] s, outside the protocol's [{start}, {end}] s"), preferValue: true);
        }
    }

    // A variable whose every check is a range check needs no reference column: nothing is compared with a series.
    private static bool RangeOnly(CaseDocument doc, string variable)
    {
        var checks = doc.Acceptance.Where(c => string.Equals(c.Variable, variable, StringComparison.Ordinal)).ToList();
        return checks.Count > 0 && checks.All(c => c.Range is not null);
    }

    private void CheckCoverage(CaseDocument doc, ImmutableArray<ReferenceTable>.Builder tables)
    {
        for (var i = 0; i < doc.Outputs.Variables.Length; i++)
        {
            var variable = doc.Outputs.Variables[i];
            var pointer = $"/outputs/variables/{i}";
            if (problems.HasProblemAt(pointer + "/unit"))
            {
                continue;
            }

            var column = tables.Select(t => t.Data.Find(variable.Name)).FirstOrDefault(c => c is not null);
            if (column is null && RangeOnly(doc, variable.Name))
            {
                // Range checks judge the solution alone; its sample times then come from the output interval.
                if (doc.Outputs.Interval is null)
                {
                    problems.At("/outputs", $"'{variable.Name}' has range checks only and no reference column, so samples need an output interval; expected outputs.interval");
                }
            }
            else if (column is null)
            {
                problems.At(pointer + "/name", $"no reference file has a column '{variable.Name}'; expected a header cell '{variable.Name} [{variable.Unit.Symbol}]'", preferValue: true);
            }
            else if (!column.Unit.IsCompatibleWith(variable.Unit))
            {
                problems.At(pointer + "/unit", $"the reference column '{column.Header}' is in {column.Unit.Dimension}, not compatible with '{variable.Unit.Symbol}' ({variable.Unit.Dimension})", preferValue: true);
            }
        }
    }
}
