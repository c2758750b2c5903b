using System.Globalization;
using ScottPlot;

namespace TwinVal.Benchmarks;

/// <summary>
/// Draws one work–precision PNG per problem from compare.sh's analysed CSV (columns: problem,solver,error,seconds):
/// log10 of the achieved error against log10 of the wall time, one line per solver, lower-left is better.
/// </summary>
internal static class WorkPrecisionPlot
{
    public static int Run(string csvPath, string outputDirectory, TextWriter log)
    {
        var rows = File.ReadLines(csvPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => (
            Problem: f[0],
            Solver: f[1],
            Error: double.Parse(f[2], CultureInfo.InvariantCulture),
            Seconds: double.Parse(f[3], CultureInfo.InvariantCulture))).ToList();
        Directory.CreateDirectory(outputDirectory);
        foreach (var problem in rows.GroupBy(r => r.Problem))
        {
            var plot = new Plot();
            foreach (var solver in problem.GroupBy(r => r.Solver).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                // Errors at or below round-off cannot go on a log axis; they are left out rather than clamped.
                var points = solver.Where(r => r.Error > 0 && r.Seconds > 0).OrderBy(r => r.Error).ToList();
                var line = plot.Add.Scatter(
                    points.Select(p => Math.Log10(p.Error)).ToArray(), points.Select(p => Math.Log10(p.Seconds)).ToArray());
                line.LegendText = solver.Key;
                line.MarkerSize = 6;
            }

            plot.Title($"Work–precision: {problem.Key}");
            plot.XLabel("log10 max relative error at t_end");
            plot.YLabel("log10 wall time [s]");
            plot.ShowLegend(Alignment.UpperRight);
            var path = Path.Combine(outputDirectory, $"workprecision-{problem.Key}.png");
            plot.SavePng(path, 900, 600);
            log.WriteLine(path);
        }

        return 0;
    }
}
