using System.Globalization;
using TwinVal.Benchmarks.Problems;
using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks;

/// <summary>
/// Measures the managed bytes each integrator allocates per integration and per step, independently of
/// BenchmarkDotNet: a short and a long integration of the same problem are compared, so the one-off work arrays cancel
/// and what remains, divided by the extra steps, is the allocation per step (0 when the hot loop is allocation-free).
/// The diffusion operator's rows give the bytes per <c>Apply</c> on a 512 × 512 grid, serial and on every core, over
/// all threads (the parallel loop allocates on its worker threads too).
/// </summary>
internal static class AllocationReport
{
    public static int Run(TextWriter output)
    {
        output.WriteLine("integrator,problem,steps(short),bytes(short),steps(long),bytes(long),bytes/step(marginal)");
        var tight = new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-11, MaxSteps = 10_000_000 };
        Report(output, "dopri5", "hodgkin-huxley", 10.0, 200.0, (end, y) =>
        {
            var s = default(HodgkinHuxley);
            return DormandPrince54.Integrate(ref s, 0.0, HodgkinHuxley.InitialState, [end], y, tight);
        });
        Report(output, "rodas4-fd", "hodgkin-huxley", 10.0, 200.0, (end, y) =>
        {
            var s = default(HodgkinHuxley);
            return Rodas4.Integrate(ref s, 0.0, HodgkinHuxley.InitialState, [end], y, tight);
        });
        Report(output, "rodas4", "rober", 1e3, 1e11, (end, y) =>
        {
            var s = default(Rober);
            return Rodas4.IntegrateWithJacobian(ref s, 0.0, Rober.InitialState, [end], y, tight with { AbsoluteTolerance = 1e-18 });
        });
        Report(output, "rk4", "hodgkin-huxley", 10.0, 200.0, (end, y) =>
        {
            var s = default(HodgkinHuxley);
            return ExplicitRungeKutta.Integrate(ref s, ButcherTableau.ClassicRk4, 0.0, HodgkinHuxley.InitialState, [end], y, tight with { FixedStep = 0.01 });
        });
        output.WriteLine();
        output.WriteLine("operator,grid,threads,calls,bytes,bytes/call");
        DiffusionReport(output, 1);
        DiffusionReport(output, -1);
        return 0;
    }

    private static void DiffusionReport(TextWriter output, int threads)
    {
        const int Size = 512;
        const int Calls = 200;
        var grid = StructuredGrid.Plane(Size, Size, 1.0 / Size, 1.0 / Size);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1e-3), GridBoundaries.NoFlux);
        var u = new double[grid.CellCount];
        var result = new double[grid.CellCount];
        u.AsSpan().Fill(1.0);

        // Warm-up: JIT, the thread pool's workers and the operator's reusable parallel state.
        for (var call = 0; call < 10; call++)
        {
            op.Apply(u, result, 1.0, threads);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var call = 0; call < Calls; call++)
        {
            op.Apply(u, result, 1.0, threads);
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"DiffusionOperator.Apply,{Size}x{Size},{(threads == -1 ? $"all ({Environment.ProcessorCount})" : "1")},{Calls},{bytes},{(double)bytes / Calls:0.#}"));
    }

    private static void Report(TextWriter output, string integrator, string problem, double shortEnd, double longEnd, Func<double, double[], IntegrationStatistics> run)
    {
        var state = new double[problem == "rober" ? Rober.InitialState.Length : HodgkinHuxley.InitialState.Length];

        // One warm-up of each length so tiered JIT compilation and static initialisers are not counted.
        run(shortEnd, state);
        run(longEnd, state);
        var (shortSteps, shortBytes) = Measure(run, shortEnd, state);
        var (longSteps, longBytes) = Measure(run, longEnd, state);
        var perStep = (double)(longBytes - shortBytes) / (longSteps - shortSteps);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{integrator},{problem},{shortSteps},{shortBytes},{longSteps},{longBytes},{perStep:0.###}"));
    }

    private static (long Steps, long Bytes) Measure(Func<double, double[], IntegrationStatistics> run, double end, double[] state)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var statistics = run(end, state);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (statistics.AcceptedSteps + statistics.RejectedSteps, bytes);
    }
}
