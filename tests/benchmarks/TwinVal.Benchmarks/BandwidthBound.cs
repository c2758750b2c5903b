using System.Diagnostics;
using System.Globalization;
using TwinVal.Benchmarks.ReactionDiffusion;
using TwinVal.Numerics;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Benchmarks;

/// <summary>
/// Achieved fraction of the memory-bandwidth bound for DiffusionOperator.Apply and for one right-hand side of
/// <see cref="NagumoLines"/> on 512 × 512, at 1 thread and all processors. Bound time = bytes that must move / the
/// triad bandwidth measured by rd/bandwidth.c (STREAM convention: write-allocate traffic not counted).
/// Apply: read u, wx, wy, write Lu = 32 B per cell (neighbour rows come from cache: three 4 kB rows fit in L1).
/// RHS: the minimum for this problem is read y, write f = 16 B per cell (uniform D needs no weight arrays); TwinVal's
/// RHS is DiffusionOperator.ApplyFused, one pass that reads y and the stored face weights wx, wy and writes f: 32 B per
/// cell (the weights are stored even for uniform D), stated separately. Before the fused entry point it moved 56 B
/// (ApplySpan 32, then read y and f, write f 24): timed here too, as ApplySpan plus a separate reaction pass.
/// A whole DOPRI5 step is timed directly (a run to t_end / its steps) against its minimum traffic, 392 B per cell:
/// 6 RHS at 16 B, five stage combinations (24 + 32 + 40 + 48 + 56 B), the new solution that also writes the error's
/// first five terms (read y, k1, k3…k6, write y1 and P: 64 B) and the error norm (read y, y1, P, k7: 32 B). Before that
/// fusion the last two passes moved 56 + 64 B (416 B per step), the row kept for comparison with earlier runs; with the
/// RHS as read (32 B) the step moves 488 B. Not counted: DormandPrince54's copies y1 → y and k7 → k1 on acceptance (32 B).
/// One RKC stage is timed the same way (a run to t_end / its right-hand sides) against 64 B per stage: the RHS (16 B)
/// and the five-term stage combination (read Y_{j−1}, Y_{j−2}, Y₀, F_{j−1}, F₀, write Y_j: 48 B); the per-step Euler
/// stage (24 B) and error norm (32 B) add 56 B per step, i.e. 5–10 B per stage at this problem's 6–12 stages, not counted.
/// </summary>
internal static class BandwidthBound
{
    public static int Run(double triadOneThread, double triadAll, TextWriter output)
    {
        var op = NagumoPlane.CreateOperator();
        var u = NagumoPlane.InitialState();
        var result = new double[u.Length];
        var cells = (double)u.Length;
        output.WriteLine("kernel,threads,median ms,bytes/cell counted,bound ms,fraction of bound");
        foreach (var (threads, bandwidth) in new[] { (1, triadOneThread), (-1, triadAll) })
        {
            var apply = Median(() => op.Apply(u, result, 1.0, threads));
            Row(output, "twinval-apply", threads, apply, 32, cells, bandwidth);
            var system = new NagumoLines(threads);
            var rhs = Median(() => system.Evaluate(0.0, u, result));
            Row(output, "twinval-fused-rhs(min 16 B)", threads, rhs, 16, cells, bandwidth);
            Row(output, "twinval-fused-rhs(as read 32 B)", threads, rhs, 32, cells, bandwidth);
            var twoPass = Median(() => TwoPassRhs(op, u, result, threads));
            Row(output, "twinval-two-pass-rhs(as moved 56 B)", threads, twoPass, 56, cells, bandwidth);
            var (stepMs, steps) = DopriStep(threads);
            Row(output, string.Create(CultureInfo.InvariantCulture, $"twinval-dopri5-step(min 392 B; {steps} steps)"), threads, stepMs, 392, cells, bandwidth);
            Row(output, "twinval-dopri5-step(unfused min 416 B)", threads, stepMs, 416, cells, bandwidth);
            Row(output, "twinval-dopri5-step(as moved 488 B)", threads, stepMs, 488, cells, bandwidth);
            var (stageMs, stages) = RkcStage(threads);
            Row(output, string.Create(CultureInfo.InvariantCulture, $"twinval-rkc-stage(min 64 B; {stages} RHS)"), threads, stageMs, 64, cells, bandwidth);
            Row(output, "twinval-rkc-stage(as moved 80 B)", threads, stageMs, 80, cells, bandwidth);
        }

        // The fused one-pass yardstick (single thread), checked against TwinVal's RHS so both compute the same f.
        var reference = new double[u.Length];
        new NagumoLines(1).Evaluate(0.0, u, reference);
        FusedNagumoRhs.Evaluate(u, result);
        var difference = reference.Zip(result, (a, b) => Math.Abs(a - b)).Max();
        var fused = Median(() => FusedNagumoRhs.Evaluate(u, result));
        Row(output, string.Create(CultureInfo.InvariantCulture, $"fused-span-rhs(yardstick; max diff {difference:0.0e+00})"), 1, fused, 16, cells, triadOneThread);
        return 0;
    }

    private static (double Ms, long Steps) DopriStep(int threads)
    {
        // rtol 1e-6: every rtol of the ladder takes 151–155 stability-limited steps, so one tolerance represents them all.
        var options = new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6, MaxSteps = 10_000_000 };
        return PerUnit(end =>
        {
            var system = new NagumoLines(threads);
            var s = DormandPrince54.Integrate(ref system, 0.0, NagumoPlane.InitialState(), [NagumoPlane.EndTime], end, options);
            return s.AcceptedSteps + s.RejectedSteps;
        });
    }

    private static (double Ms, long Stages) RkcStage(int threads)
    {
        // rtol 1e-4: 8 steps of 6–12 stages (2026-11-25-rkc), so the per-step passes are a small share of the time.
        var options = new IntegrationOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-4, MaxSteps = 10_000_000 };
        var radius = new ConstantSpectralRadius(NagumoLines.SpectralRadius);
        return PerUnit(end =>
        {
            var system = new NagumoLines(threads);
            return RungeKuttaChebyshev.Integrate(ref system, radius, 0.0, NagumoPlane.InitialState(), [NagumoPlane.EndTime], end, options).RhsEvaluations;
        });
    }

    private static (double Ms, long Units) PerUnit(Func<double[], long> run)
    {
        // One warm-up run, then the median of three runs to t_end divided by the units (steps or RHS) the run counts.
        var end = new double[NagumoPlane.Grid.CellCount];
        long units = 0;
        var times = new double[4];
        for (var r = 0; r < times.Length; r++)
        {
            var start = Stopwatch.GetTimestamp();
            units = run(end);
            times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var timed = times[1..];
        Array.Sort(timed);
        return (timed[1] / units, units);
    }

    private static void TwoPassRhs(TwinVal.Numerics.ReactionDiffusion.DiffusionOperator op, double[] u, double[] f, int threads)
    {
        // The RHS as it was before ApplyFused: ApplySpan writes Lu into f, a second sweep adds the reaction.
        op.ApplySpan(u, f, 1.0, threads);
        for (var c = 0; c < f.Length; c++)
        {
            f[c] += NagumoPlane.Reaction(u[c]);
        }
    }

    private static void Row(TextWriter output, string kernel, int threads, double ms, int bytes, double cells, double gbPerSecond)
    {
        var bound = bytes * cells / (gbPerSecond * 1e9) * 1e3;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{kernel},{(threads == 1 ? "1" : Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture))},{ms:0.000},{bytes},{bound:0.000},{bound / ms:0.00}"));
    }

    private static double Median(Action kernel)
    {
        // Half a second of warm-up so tiered JIT has replaced the first-tier code, then the median of 50.
        var warmUp = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUp).TotalSeconds < 0.5)
        {
            kernel();
        }

        var times = new double[50];
        for (var r = 0; r < times.Length; r++)
        {
            var start = Stopwatch.GetTimestamp();
            kernel();
            times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[25];
    }
}
