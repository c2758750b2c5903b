using BenchmarkDotNet.Attributes;
using TwinVal.Benchmarks.Problems;
using TwinVal.Numerics;

namespace TwinVal.Benchmarks;

/// <summary>
/// One whole integration per operation. Allocated bytes per operation are the one-off work arrays (and the segment
/// list); `alloc` mode shows that the per-step part is zero. Problems and tolerances are fixed so numbers compare
/// across commits.
/// </summary>
[MemoryDiagnoser]
public class IntegratorBenchmarks
{
    private static readonly IntegrationOptions Adaptive = new() { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 };
    private static readonly IntegrationOptions Rk4 = new() { FixedStep = 0.01 };
    private static readonly double[] HodgkinHuxleyEnd = [100.0];
    private static readonly double[] RoberEnd = [1e11];
    private readonly double[] state4 = new double[4];
    private readonly double[] state3 = new double[3];

    /// <summary>DOPRI5 on Hodgkin–Huxley, 100 ms of repetitive firing.</summary>
    [Benchmark]
    public IntegrationStatistics Dopri5_HodgkinHuxley()
    {
        var s = default(HodgkinHuxley);
        return DormandPrince54.Integrate(ref s, 0.0, HodgkinHuxley.InitialState, HodgkinHuxleyEnd, state4, Adaptive);
    }

    /// <summary>Classic RK4, fixed 0.01 ms steps (10 000 steps), on Hodgkin–Huxley.</summary>
    [Benchmark]
    public IntegrationStatistics Rk4_HodgkinHuxley()
    {
        var s = default(HodgkinHuxley);
        return ExplicitRungeKutta.Integrate(ref s, ButcherTableau.ClassicRk4, 0.0, HodgkinHuxley.InitialState, HodgkinHuxleyEnd, state4, Rk4);
    }

    /// <summary>RODAS4 with a finite-difference Jacobian on Hodgkin–Huxley.</summary>
    [Benchmark]
    public IntegrationStatistics Rodas4Fd_HodgkinHuxley()
    {
        var s = default(HodgkinHuxley);
        return Rodas4.Integrate(ref s, 0.0, HodgkinHuxley.InitialState, HodgkinHuxleyEnd, state4, Adaptive);
    }

    /// <summary>RODAS4 with the analytic Jacobian on Hodgkin–Huxley.</summary>
    [Benchmark]
    public IntegrationStatistics Rodas4_HodgkinHuxley()
    {
        var s = default(HodgkinHuxley);
        return Rodas4.IntegrateWithJacobian(ref s, 0.0, HodgkinHuxley.InitialState, HodgkinHuxleyEnd, state4, Adaptive);
    }

    /// <summary>RODAS4 with the analytic Jacobian on ROBER to t = 10¹¹.</summary>
    [Benchmark]
    public IntegrationStatistics Rodas4_Rober()
    {
        var s = default(Rober);
        return Rodas4.IntegrateWithJacobian(ref s, 0.0, Rober.InitialState, RoberEnd, state3, Adaptive with { AbsoluteTolerance = 1e-16 });
    }

    /// <summary>RODAS4 with a finite-difference Jacobian on ROBER to t = 10¹¹.</summary>
    [Benchmark]
    public IntegrationStatistics Rodas4Fd_Rober()
    {
        var s = default(Rober);
        return Rodas4.Integrate(ref s, 0.0, Rober.InitialState, RoberEnd, state3, Adaptive with { AbsoluteTolerance = 1e-16 });
    }
}
