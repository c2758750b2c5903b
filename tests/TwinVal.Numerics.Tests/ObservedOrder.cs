namespace TwinVal.Numerics.Tests;

/// <summary>Least-squares slope of log(error) against log(h) over a refinement ladder.</summary>
internal static class ObservedOrder
{
    /// <summary>Machine epsilon of double, 2^−52.</summary>
    public static readonly double MachineEpsilon = Math.BitIncrement(1.0) - 1.0;

    /// <summary>
    /// Errors below 1e3·machine-eps·scale are round-off, not truncation error; they are dropped explicitly before fitting.
    /// At least three levels must remain, or the fit would say nothing.
    /// </summary>
    public static double Fit(IReadOnlyList<(double H, double Error)> ladder, double scale)
    {
        var floor = 1e3 * MachineEpsilon * scale;
        var kept = ladder.Where(l => l.Error >= floor).ToList();
        Assert.True(kept.Count >= 3, $"only {kept.Count} ladder levels above the round-off floor {floor:E2}: {string.Join(", ", ladder)}");
        var xs = kept.Select(l => Math.Log(l.H)).ToArray();
        var ys = kept.Select(l => Math.Log(l.Error)).ToArray();
        var mx = xs.Average();
        var my = ys.Average();
        var sxy = xs.Zip(ys, (x, y) => (x - mx) * (y - my)).Sum();
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        return sxy / sxx;
    }
}
