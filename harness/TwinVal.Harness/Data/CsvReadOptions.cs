namespace TwinVal.Harness.Data;

/// <summary>How <see cref="SeriesTableCsvReader"/> treats a file.</summary>
/// <param name="AllowNonFinite">
/// Accept the explicit tokens <c>NaN</c>, <c>Inf</c> and <c>-Inf</c> as values. Off by default: golden data and
/// solver output must be finite, and a non-finite value must never pass a check silently.
/// </param>
/// <param name="DisplayPath">Path used in problems instead of the path read (for example a path relative to a case folder).</param>
/// <param name="MaxProblems">Problems reported per file before the rest are summarised in one line.</param>
public sealed record CsvReadOptions(bool AllowNonFinite = false, string? DisplayPath = null, int MaxProblems = 50)
{
    /// <summary>Finite values only, problems named by the path read.</summary>
    public static CsvReadOptions Default { get; } = new();
}
