using System.Collections.Immutable;
using System.Globalization;

namespace TwinVal.Harness.Data;

/// <summary>The problems of one CSV being read, capped so that a broken million-row file stays readable.</summary>
internal sealed class CsvReadState(string file, int maxProblems)
{
    private readonly List<Problem> problems = [];
    private int suppressed;

    public bool HasErrors => problems.Count > 0;

    /// <summary>Records an error at <paramref name="line"/>, naming the column in the field slot.</summary>
    public void Add(int? line, string? column, string message)
    {
        if (problems.Count >= maxProblems)
        {
            suppressed++;
            return;
        }

        problems.Add(new Problem(file, line, null, column, message));
    }

    public SeriesTableCsvReadResult Result(SeriesTable? table)
    {
        var all = problems.ToList();
        if (suppressed > 0)
        {
            all.Add(new Problem(file, null, null, null, string.Create(CultureInfo.InvariantCulture, $"{suppressed} more problem(s) not shown")));
        }

        return new SeriesTableCsvReadResult(table, [.. all]);
    }
}
