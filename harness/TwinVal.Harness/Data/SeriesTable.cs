using System.Collections.Immutable;

namespace TwinVal.Harness.Data;

/// <summary>
/// A time axis and the columns sampled on it: the shape of every reference CSV and every solver output.
/// All columns have as many values as the time axis.
/// </summary>
public sealed record SeriesTable
{
    /// <summary>Creates a table; every column must be as long as the time axis and names must be unique.</summary>
    /// <exception cref="ArgumentException">A column's length differs from the time axis, or a name repeats.</exception>
    public SeriesTable(Series time, ImmutableArray<Series> columns)
    {
        foreach (var column in columns)
        {
            if (column.Count != time.Count)
            {
                throw new ArgumentException(
                    $"column '{column.Name}' has {column.Count} values but the time axis has {time.Count}", nameof(columns));
            }
        }

        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"column '{duplicate.Key}' appears more than once", nameof(columns));
        }

        Time = time;
        Columns = columns;
    }

    /// <summary>The time axis (first CSV column).</summary>
    public Series Time { get; }

    /// <summary>The variables sampled on <see cref="Time"/>, in file order.</summary>
    public ImmutableArray<Series> Columns { get; }

    /// <summary>Number of rows (time points).</summary>
    public int RowCount => Time.Count;

    /// <summary>The column called <paramref name="name"/>, or null.</summary>
    public Series? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
