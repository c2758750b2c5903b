namespace TwinVal.Harness.Comparison;

/// <summary>Piecewise-linear interpolation on a strictly increasing grid.</summary>
internal static class Interpolation
{
    /// <summary>
    /// The value at <paramref name="at"/>, which must lie in [t₀, tₙ]. Exact sample times return the sample itself.
    /// </summary>
    public static double At(ReadOnlySpan<double> t, ReadOnlySpan<double> v, double at)
    {
        var index = t.BinarySearch(at);
        if (index >= 0)
        {
            return v[index];
        }

        // ~index is the first sample after 'at'; the caller guarantees t₀ < at < tₙ, so both neighbours exist.
        var right = ~index;
        var left = right - 1;
        var weight = (at - t[left]) / (t[right] - t[left]);

        // The convex form (1 − w)·a + w·b stays between a and b for w in [0, 1], so interpolation never leaves the
        // range of the two samples it reads (a − w·(a − b) can, by one rounding, when a and b differ in sign).
        return ((1.0 - weight) * v[left]) + (weight * v[right]);
    }
}
