using System.Globalization;
using TwinVal.Benchmarks.Problems;
using TwinVal.Numerics;

namespace TwinVal.Benchmarks;

/// <summary>
/// Measures the managed bytes each integrator allocates per integration and per step, independently of
/// BenchmarkDotNet: a short and a long integration of the same problem are compared, so the one-off work arrays cancel
/// and what remains, divided by the extra steps, is the allocation per step (0 when the hot loop is allocation-free).
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
        return 0;
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
