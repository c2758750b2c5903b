using System.Collections.Immutable;

namespace TwinVal.Harness.Data;

/// <summary>The outcome of reading a CSV: the table when the file is usable, and every problem found.</summary>
/// <param name="Table">The table; null when any problem is an error.</param>
/// <param name="Problems">Problems with file, line and column name, in line order.</param>
public sealed record SeriesTableCsvReadResult(SeriesTable? Table, ImmutableArray<Problem> Problems)
{
    /// <summary>True when the table was read.</summary>
    public bool Succeeded => Table is not null;
}
