namespace TwinVal.Reports.Pdf.Content;

/// <summary>
/// Least-squares straight line through points on log–log axes, log10 y = intercept + slope·log10 x: the slope of an
/// error-versus-h plot is the order of convergence the plotted points show.
/// </summary>
/// <param name="Slope">Fitted slope (the apparent order).</param>
/// <param name="Intercept">Fitted log10 y at x = 1.</param>
internal readonly record struct LogLogFit(double Slope, double Intercept)
{
    /// <summary>The fitted y at <paramref name="x"/>.</summary>
    public double At(double x) => Math.Pow(10, Intercept + (Slope * Math.Log10(x)));

    /// <summary>Fits the points with x &gt; 0 and y &gt; 0; null when fewer than two such points with distinct x remain.</summary>
    public static LogLogFit? Of(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var used = points.Where(p => p.X > 0 && p.Y > 0 && double.IsFinite(p.X) && double.IsFinite(p.Y))
            .Select(p => (X: Math.Log10(p.X), Y: Math.Log10(p.Y))).ToList();
        if (used.Count < 2)
        {
            return null;
        }

        // Centred sums: the textbook normal equations lose digits when log h values are large and close together.
        var mx = used.Average(p => p.X);
        var my = used.Average(p => p.Y);
        var sxx = used.Sum(p => (p.X - mx) * (p.X - mx));
        if (!(sxx > 0))
        {
            return null;
        }

        var slope = used.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
        return new LogLogFit(slope, my - (slope * mx));
    }
}
