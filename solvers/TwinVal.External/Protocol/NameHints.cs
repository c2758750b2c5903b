namespace TwinVal.External.Protocol;

/// <summary>Suggests which written name was probably meant for an expected one (edit distance, case-insensitive).</summary>
internal static class NameHints
{
    /// <summary>The candidate closest to <paramref name="expected"/>, or null when none is plausibly a misspelling of it.</summary>
    public static string? Closest(string expected, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(expected.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // Half the longer name may differ: 'P_ao' vs 'Pao' is a slip, 'V' vs 'Pressure' is another variable. A name
        // containing the other ('y' in 'y_out') is a decoration of it.
        var contains = best is not null && (best.Contains(expected, StringComparison.OrdinalIgnoreCase) || expected.Contains(best, StringComparison.OrdinalIgnoreCase));
        return best is not null && (contains || bestDistance <= Math.Max(2, Math.Max(expected.Length, best.Length) / 2)) ? best : null;
    }

    /// <summary>Levenshtein distance with two rows (no allocation per cell).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
