namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>
/// Least-squares observed order over a whole ladder: a straight line through (log h, log|e|) (Roache 1998, §5.10;
/// Eça &amp; Hoekstra 2014, J. Comput. Phys. 262:104–130, fit the successive differences the same way when the exact value is unknown).
/// </summary>
public static class LeastSquaresOrder
{
    /// <summary>
    /// Fits |φ_i − exact| = C·h_i^p. Levels whose error is at or below <paramref name="noiseLevel"/>·|exact| are left out
    /// (round-off, not discretization); null when fewer than two points remain.
    /// </summary>
    public static OrderFit? AgainstExact(IReadOnlyList<RefinementLevel> levels, double exact, double noiseLevel)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var floor = noiseLevel * Math.Abs(exact);
        var points = levels
            .Select(l => (l.H, E: Math.Abs(l.Phi - exact)))
            .Where(x => x.E > floor && x.E > 0)
            .ToList();
        return Fit(points, "error-vs-exact");
    }

    /// <summary>
    /// Fits |φ_{i+1} − φ_i| = C'·h_i^p over the successive differences of a ladder sorted finest first (h_i the finer size of
    /// each pair). Exact for a constant refinement ratio, where C' = C·(r^p − 1); null with fewer than three differences.
    /// </summary>
    public static OrderFit? OfDifferences(IReadOnlyList<RefinementLevel> levelsFinestFirst, double noiseLevel)
    {
        ArgumentNullException.ThrowIfNull(levelsFinestFirst);
        var points = new List<(double H, double E)>();
        for (var i = 0; i + 1 < levelsFinestFirst.Count; i++)
        {
            var d = Math.Abs(levelsFinestFirst[i + 1].Phi - levelsFinestFirst[i].Phi);
            if (d > noiseLevel * Math.Abs(levelsFinestFirst[i].Phi) && d > 0)
            {
                points.Add((levelsFinestFirst[i].H, d));
            }
        }

        return points.Count < 3 ? null : Fit(points, "successive-differences");
    }

    private static OrderFit? Fit(List<(double H, double E)> points, string source)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var n = points.Count;
        double sx = 0, sy = 0;
        foreach (var (h, e) in points)
        {
            sx += Math.Log(h);
            sy += Math.Log(e);
        }

        var mx = sx / n;
        var my = sy / n;
        double sxx = 0, sxy = 0, syy = 0;
        foreach (var (h, e) in points)
        {
            var dx = Math.Log(h) - mx;
            var dy = Math.Log(e) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }

        var slope = sxy / sxx;
        var intercept = my - (slope * mx);

        // All errors equal: the line is flat and explains everything there is to explain.
        var r2 = syy == 0 ? 1.0 : sxy * sxy / (sxx * syy);
        return new OrderFit(slope, Math.Exp(intercept), r2, n, source);
    }
}
