using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>Times a sampled series crosses a level, located by linear interpolation between the bracketing samples.</summary>
internal static class Crossings
{
    /// <summary>
    /// Every crossing of <paramref name="level"/> in <paramref name="direction"/>, in time order. Rising means from
    /// strictly below to at-or-above; falling from strictly above to at-or-below (the enum's definitions), so a series
    /// that only touches the level from one side crosses once, not twice.
    /// </summary>
    public static List<double> Find(ReadOnlySpan<double> t, ReadOnlySpan<double> v, double level, CrossingDirection direction)
    {
        var crossings = new List<double>();
        for (var i = 1; i < v.Length; i++)
        {
            var rising = v[i - 1] < level && v[i] >= level;
            var falling = v[i - 1] > level && v[i] <= level;
            var counts = direction switch
            {
                CrossingDirection.Rising => rising,
                CrossingDirection.Falling => falling,
                _ => rising || falling,
            };
            if (counts)
            {
                // v[i − 1] ≠ v[i] here (one is strictly on one side of the level, the other not), so no division by zero;
                // the fraction lies in (0, 1], keeping the crossing inside its bracket.
                var fraction = (level - v[i - 1]) / (v[i] - v[i - 1]);
                crossings.Add(t[i - 1] + (fraction * (t[i] - t[i - 1])));
            }
        }

        return crossings;
    }
}
