using System.Diagnostics;
using System.Globalization;
using TwinVal.Benchmarks.Problems;
using TwinVal.Numerics;

namespace TwinVal.Benchmarks;

/// <summary>
/// The TwinVal side of compare.sh: runs every problem × method × tolerance, times it (median of repeats, after one
/// warm-up run so the JIT is not measured) and prints CSV rows in the format every driver shares:
/// tool,method,problem,rtol,atol,seconds,steps,rhs,state (state components separated by spaces).
/// </summary>
internal static class WorkPrecisionRunner
{
    /// <summary>The CSV header every driver prints.</summary>
    public const string Header = "tool,method,problem,rtol,atol,seconds,steps,rhs,state";

    public static int Run(int repeats, TextWriter output)
    {
        output.WriteLine(Header);
        foreach (var problem in Problem.All)
        {
            foreach (var (method, run) in problem.Methods.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                foreach (var rtol in problem.Tolerances)
                {
                    var options = new IntegrationOptions
                    {
                        RelativeTolerance = rtol,
                        AbsoluteTolerance = rtol * problem.AbsoluteToleranceFactor,
                        MaxSteps = 50_000_000,
                    };
                    var state = new double[problem.InitialState.Length];
                    var statistics = run(options, state);
                    var (seconds, _) = Median(repeats, options, state, run);
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"twinval,{method},{problem.Name},{rtol:R},{options.AbsoluteTolerance:R},{seconds:R},{statistics.AcceptedSteps + statistics.RejectedSteps},{statistics.RhsEvaluations},{string.Join(' ', state.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}"));
                    output.Flush();
                }
            }
        }

        return 0;
    }

    private static (double Seconds, IntegrationStatistics Statistics) Median(
        int repeats, IntegrationOptions options, double[] state, Func<IntegrationOptions, double[], IntegrationStatistics> run)
    {
        var times = new double[repeats];
        IntegrationStatistics statistics = default;
        for (var r = 0; r < repeats; r++)
        {
            var start = Stopwatch.GetTimestamp();
            statistics = run(options, state);
            times[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        Array.Sort(times);
        return (times[repeats / 2], statistics);
    }
}
