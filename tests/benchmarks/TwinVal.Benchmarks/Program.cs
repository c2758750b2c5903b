using System.Globalization;
using BenchmarkDotNet.Running;
using TwinVal.Benchmarks;

// Modes: `workprecision [repeats]` (CSV to stdout), `plot <analysed.csv> <dir>`, `alloc`, `stencil`,
// `rd-workprecision <repeats> <dir>`, `bandwidth <triad GB/s 1 thread> <triad GB/s all threads>`; anything else goes to
// BenchmarkDotNet's switcher (e.g. `--filter '*'`).
switch (args.FirstOrDefault())
{
    case "workprecision":
        return WorkPrecisionRunner.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5, Console.Out);
    case "plot" when args.Length == 3:
        return WorkPrecisionPlot.Run(args[1], args[2], Console.Out);
    case "alloc":
        return AllocationReport.Run(Console.Out);
    case "stencil":
        return StencilTiming.Run(Console.Out);
    case "rd-workprecision" when args.Length == 3:
        return ReactionDiffusionWorkPrecision.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], Console.Out);
    case "bandwidth" when args.Length == 3:
        return BandwidthBound.Run(double.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture), Console.Out);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(IntegratorBenchmarks).Assembly).Run(args);
        return 0;
}
