using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests;

public class Rodas4Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Tolerances of 1 with InitialStep = MaxStep = h accept every step at exactly h on these smooth problems, so an
    // adaptive run becomes a fixed-step ladder; rejected steps are asserted to be zero.
    private static IntegrationOptions Fixed(double h) =>
        new() { RelativeTolerance = 1, AbsoluteTolerance = 1, InitialStep = h, MaxStep = h };

    private static double ManufacturedError(double[] times, double[] output)
    {
        var error = 0.0;
        for (var i = 0; i < times.Length; i++)
        {
            var (u0, u1) = ManufacturedLinearSystem.Exact(times[i]);
            error = Math.Max(error, Math.Max(Math.Abs(output[2 * i] - u0), Math.Abs(output[(2 * i) + 1] - u1)));
        }

        return error;
    }

    [Fact]
    public void Integrate_NonAutonomousRefinementLadder_ObservedOrderIsFour()
    {
        var ladder = new List<(double, double)>();
        foreach (var steps in new[] { 10, 20, 40, 80, 160 })
        {
            var h = 2.0 / steps;
            double[] times = [2.0];
            var output = new double[2];
            var system = new ManufacturedLinearSystem();
            var stats = Rodas4.Integrate(ref system, 0, [1.0, 1.0], times, output, Fixed(h), Ct);
            Assert.Equal(0, stats.RejectedSteps);
            Assert.Equal(steps, stats.AcceptedSteps);
            ladder.Add((h, ManufacturedError(times, output)));
        }

        var order = ObservedOrder.Fit(ladder, 2.0);
        Assert.InRange(order, 3.8, 4.2);
    }

    [Fact]
    public void Integrate_DenseOutputInsideSteps_ConvergesAtOrderFour()
    {
        // RODAS's continuous extension has order 3 (local error O(h⁴)), so on a ladder the interpolated values carry
        // the O(h⁴) global error of the steps plus an O(h⁴) interpolation error: observed order 4.
        var ladder = new List<(double, double)>();
        foreach (var steps in new[] { 10, 20, 40, 80, 160 })
        {
            var h = 2.0 / steps;
            var times = Enumerable.Range(0, steps).SelectMany(k => new[] { (k + 0.3) * h, (k + 0.7) * h }).ToArray();
            var output = new double[times.Length * 2];
            var system = new ManufacturedLinearSystem();
            Rodas4.Integrate(ref system, 0, [1.0, 1.0], times, output, Fixed(h), Ct);
            ladder.Add((h, ManufacturedError(times, output)));
        }

        var order = ObservedOrder.Fit(ladder, 2.0);
        Assert.InRange(order, 3.8, 4.2);
    }

    [Fact]
    public void IntegrateWithJacobian_Counters_MatchTheWorkDone()
    {
        var analytic = new VanDerPolSystem(10);
        var fd = new VanDerPolSystem(10);
        var options = new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 };
        var outA = new double[2];
        var outF = new double[2];
        var a = Rodas4.IntegrateWithJacobian(ref analytic, 0, [2.0, 0.0], [20.0], outA, options, Ct);
        var f = Rodas4.Integrate(ref fd, 0, [2.0, 0.0], [20.0], outF, options, Ct);

        foreach (var s in new[] { a, f })
        {
            // One Jacobian per accepted step point (reused on rejection), one LU per attempt (no singular matrices
            // here), f at the start, one for the initial-step estimate, five per attempt and one per accepted step.
            Assert.Equal(s.AcceptedSteps, s.JacobianEvaluations);
            Assert.Equal(s.AcceptedSteps + s.RejectedSteps, s.LuDecompositions);
        }

        Assert.Equal(2 + (5 * a.LuDecompositions) + a.AcceptedSteps, a.RhsEvaluations);

        // The difference Jacobian costs n + 1 = 3 evaluations (two columns and ∂f/∂t) each time.
        Assert.Equal(2 + (5 * f.LuDecompositions) + f.AcceptedSteps + (3 * f.JacobianEvaluations), f.RhsEvaluations);
        Assert.Equal(outA[0], outF[0], 4);
    }

    [Fact]
    public void Integrate_ManyOutputTimes_DoesNotShortenSteps()
    {
        var few = new double[2];
        var times = Enumerable.Range(1, 500).Select(i => i * 0.004).ToArray();
        var many = new double[1000];
        var options = new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 };
        var s1 = new ManufacturedLinearSystem();
        var s2 = new ManufacturedLinearSystem();

        var a = Rodas4.Integrate(ref s1, 0, [1.0, 1.0], [2.0], few, options, Ct);
        var b = Rodas4.Integrate(ref s2, 0, [1.0, 1.0], times, many, options, Ct);

        Assert.Equal(a.AcceptedSteps, b.AcceptedSteps);
        Assert.Equal(few[0], many[^2]);
    }

    [Fact]
    public void Integrate_StepInputWithStopTime_KeepsAccuracyAcrossTheJump()
    {
        double[] times = [0.5, 1.0, 1.5, 2.0, 3.0];
        var system = new StepInputSystem(1.0);
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10, StopTimes = [1.0] };

        Rodas4.Integrate(ref system, 0, [1.0], times, output, options, Ct);

        for (var i = 0; i < times.Length; i++)
        {
            Assert.True(Math.Abs(output[i] - system.Exact(times[i])) < 1e-7, $"t = {times[i]}: {output[i]} vs {system.Exact(times[i])}");
        }
    }

    [Fact]
    public void Integrate_VeryStiffDecay_TakesFewStepsWhereExplicitMethodsCannot()
    {
        // y′ = −1e6·(y − cos t) − sin t has the smooth solution y = cos t once the transient (1 µs) is gone; an explicit
        // method would need h < 2.8e-6 for stability, i.e. ~10⁶ steps over [0, 3].
        var system = new ForcedLinearSystem(-1e6, 1);
        var output = new double[1];
        var stats = Rodas4.Integrate(ref system, 0, [0.0], [3.0], output, new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 }, Ct);

        Assert.True(stats.AcceptedSteps < 500, $"{stats.AcceptedSteps} steps");
        Assert.Equal(system.Exact(3.0, 0.0), output[0], 8);
    }

    [Fact]
    public void Integrate_NaNFromTheModel_StopsWithNonFiniteState()
    {
        var system = new FaultySystem(0.5);
        var error = Assert.Throws<IntegrationException>(
            () => Rodas4.Integrate(ref system, 0, [1.0, 1.0], [1.0], new double[2], IntegrationOptions.Default, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.Matches("component 1|∂f_1", error.Message);
        Assert.InRange(error.Time, 0.0, 0.5);
    }

    [Fact]
    public void IntegrateWithJacobian_NaNJacobian_StopsNamingTheEntry()
    {
        var system = new GrowthSystem(-1, brokenJacobian: true);
        var error = Assert.Throws<IntegrationException>(
            () => Rodas4.IntegrateWithJacobian(ref system, 0, [1.0], [1.0], new double[1], IntegrationOptions.Default, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.Contains("Jacobian entry ∂f_0/∂y_0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegrateWithJacobian_IterationMatrixSingularForFirstStep_HalvesTheStepAndRecovers()
    {
        // y′ = 8y with h = 0.5: 1/(γh) − λ = 1/(0.25·0.5) − 8 = 0, a singular 1×1 iteration matrix.
        var system = new GrowthSystem(8);
        var output = new double[1];
        var options = new IntegrationOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8, InitialStep = 0.5 };
        var stats = Rodas4.IntegrateWithJacobian(ref system, 0, [1.0], [0.5], output, options, Ct);

        Assert.True(stats.RejectedSteps >= 1);
        Assert.Equal(Math.Exp(4), output[0], 1e-6 * Math.Exp(4));
    }

    [Fact]
    public void Integrate_CancellationRequested_StopsBetweenSteps()
    {
        using var source = new CancellationTokenSource();
        var system = new FaultySystem(double.PositiveInfinity, source, cancelAfter: 50);

        Assert.Throws<OperationCanceledException>(
            () => Rodas4.Integrate(ref system, 0, [1.0, 1.0], [100.0], new double[2], new IntegrationOptions { MaxStep = 0.01 }, source.Token));
    }

    [Fact]
    public void Integrate_StepBudgetExhausted_StopsWithMaxStepsExceeded()
    {
        var system = new ExpSinSystem();
        var error = Assert.Throws<IntegrationException>(
            () => Rodas4.Integrate(ref system, 0, [1.0], [10.0], new double[1], new IntegrationOptions { MaxSteps = 5, MaxStep = 0.01 }, Ct));

        Assert.Equal(IntegrationFailure.MaxStepsExceeded, error.Failure);
    }

    [Fact]
    public void Integrate_LongerIntegration_AllocatesNothingMore()
    {
        static long Allocated(double tolerance)
        {
            var system = new HiresSystem();
            var output = new double[8];
            var options = new IntegrationOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance };
            var before = GC.GetAllocatedBytesForCurrentThread();
            var stats = Rodas4.IntegrateWithJacobian(ref system, 0, StiffTestSet.HiresInitial, [321.8122], output, options);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(stats.AcceptedSteps > 5, $"{stats.AcceptedSteps} steps");
            return bytes;
        }

        // Warm up (JIT), then compare a short and a ~10× longer run: the difference would be the per-step allocation.
        Allocated(1e-3);
        Allocated(1e-8);
        var coarse = Allocated(1e-3);
        var fine = Allocated(1e-8);

        Assert.Equal(coarse, fine);
    }
}
