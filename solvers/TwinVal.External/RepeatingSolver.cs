using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Execution;

namespace TwinVal.External;

/// <summary>
/// <c>--repeat N</c>: runs the wrapped solver <see cref="Repeats"/> times on the same request and fails the run when any
/// repeat differs from the first in a single bit of any time point, value or unit. A certified solver must be
/// deterministic for a given input and seed; differences mean uninitialised memory, races or unseeded randomness.
/// </summary>
/// <param name="inner">The solver to repeat.</param>
/// <param name="repeats">Number of runs, at least 2.</param>
public sealed class RepeatingSolver(ISolver inner, int repeats) : ISolver, ISolverProvenance
{
    /// <summary>Number of runs per request.</summary>
    public int Repeats { get; } = repeats >= 2 ? repeats : throw new ArgumentOutOfRangeException(nameof(repeats), repeats, "repeat at least twice");

    /// <summary>The repeated solver.</summary>
    public ISolver Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc/>
    public string Id => Inner.Id;

    /// <inheritdoc/>
    public string Version => Inner.Version;

    /// <inheritdoc/>
    public SolverKind Kind => Inner.Kind;

    /// <summary>The inner solver's identifying files (its assembly when it names none).</summary>
    public ImmutableArray<(string Role, string Path)> IdentityFiles => Inner is ISolverProvenance p
        ? p.IdentityFiles
        : [("assembly", Inner.GetType().Assembly.Location)];

    /// <inheritdoc/>
    public ImmutableArray<string> SupportedModels => Inner.SupportedModels;

    /// <inheritdoc/>
    public async Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken)
    {
        var first = await Inner.SolveAsync(request, cancellationToken).ConfigureAwait(false);
        for (var run = 2; run <= Repeats; run++)
        {
            var again = await Inner.SolveAsync(request, cancellationToken).ConfigureAwait(false);
            if (Difference(first, again) is { } difference)
            {
                throw new SolverException($"non-deterministic: repeat {run} of {Repeats} differs from the first run: {difference}");
            }
        }

        return first;
    }

    /// <summary>The first difference between two outputs, bit for bit; null when identical.</summary>
    internal static string? Difference(SolverOutput a, SolverOutput b)
    {
        var columns = a.Series.Columns.Prepend(a.Series.Time).ToList();
        var others = b.Series.Columns.Prepend(b.Series.Time).ToList();
        if (!columns.Select(c => c.Header).SequenceEqual(others.Select(c => c.Header), StringComparer.Ordinal))
        {
            return $"header '{string.Join(",", columns.Select(c => c.Header))}' then '{string.Join(",", others.Select(c => c.Header))}'";
        }

        if (a.Series.RowCount != b.Series.RowCount)
        {
            return $"{a.Series.RowCount} rows then {b.Series.RowCount}";
        }

        for (var c = 0; c < columns.Count; c++)
        {
            for (var row = 0; row < a.Series.RowCount; row++)
            {
                var (x, y) = (columns[c].Values[row], others[c].Values[row]);
                if (BitConverter.DoubleToInt64Bits(x) != BitConverter.DoubleToInt64Bits(y))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"column '{columns[c].Header}' row {row + 1}: {x:R} then {y:R}");
                }
            }
        }

        var qa = string.Join(";", a.QuantitiesOfInterest.Select(q => $"{q.Name}={q.Quantity}"));
        var qb = string.Join(";", b.QuantitiesOfInterest.Select(q => $"{q.Name}={q.Quantity}"));
        return qa == qb ? null : $"quantities of interest '{qa}' then '{qb}'";
    }
}
