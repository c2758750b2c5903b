using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Reads the CSV files of <c>tabulated</c> inputs: the path stays inside the case folder, the file exists and matches
/// its declared SHA-256, it has a time column and exactly one value column in a unit compatible with the input's, a
/// periodic table starts and ends on the same value, and a non-periodic table covers the protocol's time span.
/// </summary>
internal sealed class InputFileChecks(ProblemList problems, string folder)
{
    /// <summary>The document with every tabulated input's rows filled in (unchanged inputs where a file had problems).</summary>
    public CaseDocument Resolve(CaseDocument doc)
    {
        var inputs = doc.Protocol.Inputs;
        var resolved = ImmutableArray.CreateBuilder<InputSignal>(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            resolved.Add(inputs[i] is TabulatedInput table ? Read(table, $"/protocol/inputs/{i}", doc.Protocol) ?? table : inputs[i]);
        }

        return doc with { Protocol = doc.Protocol with { Inputs = resolved.MoveToImmutable() } };
    }

    /// <summary>The case-relative paths of the tabulated inputs' files (part of the case's content hash).</summary>
    public static IEnumerable<string> Files(CaseProtocol protocol) => protocol.Inputs.OfType<TabulatedInput>().Select(t => t.File);

    private TabulatedInput? Read(TabulatedInput input, string pointer, CaseProtocol protocol)
    {
        if (new ReferenceFileChecks(problems, folder).Resolve(input.File, pointer + "/file") is not { } full)
        {
            return null;
        }

        if (!File.Exists(full))
        {
            problems.At(pointer + "/file", $"file '{input.File}' does not exist in the case folder", preferValue: true);
            return null;
        }

        var actual = CaseContentHash.OfFile(full);
        if (!string.Equals(actual, input.Sha256, StringComparison.Ordinal))
        {
            problems.At(pointer + "/sha256", $"SHA-256 of '{input.File}' does not match: declared {input.Sha256}, actual {actual} (if the change is intended, update the hash from 'sha256sum {input.File}')", preferValue: true);
        }

        var result = SeriesTableCsvReader.Read(full, new CsvReadOptions(DisplayPath: Path.Combine(folder, input.File)));
        problems.AddRange(result.Problems);
        if (result.Table is not { } data)
        {
            return null;
        }

        if (data.Columns.Length != 1)
        {
            problems.At(pointer + "/file", $"'{input.File}' has {data.Columns.Length} value columns; a tabulated input needs a time column and exactly one value column", preferValue: true);
            return null;
        }

        var column = data.Columns[0];
        if (!data.Time.Unit.IsCompatibleWith(UnitRules.Time) || !column.Unit.IsCompatibleWith(input.Unit))
        {
            problems.At(pointer + "/file", $"'{input.File}' columns '{data.Time.Name} [{data.Time.Unit.Symbol}]', '{column.Name} [{column.Unit.Symbol}]': expected a time and a value compatible with '{input.Unit.Symbol}'", preferValue: true);
            return null;
        }

        var times = data.Time.Values.Select(t => data.Time.Unit.Convert(t, UnitRules.Time)).ToImmutableArray();
        var values = column.Values.Select(v => column.Unit.Convert(v, input.Unit)).ToImmutableArray();
        return Check(input with { TimesSeconds = times, Values = values }, pointer, protocol) ? input with { TimesSeconds = times, Values = values } : null;
    }

    private bool Check(TabulatedInput table, string pointer, CaseProtocol protocol)
    {
        var (t, v) = (table.TimesSeconds, table.Values);
        if (t.Length < 2)
        {
            problems.At(pointer + "/file", $"'{table.File}' has {t.Length} row(s); a tabulated input needs at least 2", preferValue: true);
            return false;
        }

        if (table.Periodic)
        {
            // One period, closed: a jump from the last value back to the first would be a discontinuity nobody declared.
            var scale = v.Max(Math.Abs);
            if (Math.Abs(v[0] - v[^1]) > 1e-12 * Math.Max(scale, double.Epsilon))
            {
                problems.At(pointer + "/periodic", string.Create(CultureInfo.InvariantCulture,
                    $"'{table.File}' is declared periodic but starts at {v[0]:R} and ends at {v[^1]:R} {table.Unit.Symbol}; a periodic table covers one period and ends on its first value"), preferValue: true);
                return false;
            }

            return true;
        }

        if (!protocol.StartTime.Unit.IsCompatibleWith(UnitRules.Time) || !protocol.EndTime.Unit.IsCompatibleWith(UnitRules.Time))
        {
            return true;
        }

        var (start, end) = (protocol.StartTime.In(UnitRules.Time), protocol.EndTime.In(UnitRules.Time));
        var slack = 1e-12 * Math.Max(Math.Abs(start), Math.Abs(end));
        if (t[0] > start + slack || t[^1] < end - slack)
        {
            problems.At(pointer + "/file", string.Create(CultureInfo.InvariantCulture,
                $"'{table.File}' spans [{t[0]}, {t[^1]}] s but the protocol runs over [{start}, {end}] s; a non-periodic table must cover the protocol (or declare periodic: true)"), preferValue: true);
            return false;
        }

        return true;
    }
}
