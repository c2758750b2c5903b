using TwinVal.Numerics.Tests.Systems;

namespace TwinVal.Numerics.Tests;

public class DormandPrince54Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static double[] Grid(double end, int count) => [.. Enumerable.Range(1, count).Select(i => end * i / count)];

    private static (double Error, IntegrationStatistics Stats) SolveExpSin(double tolerance, double[] times)
    {
        var system = new ExpSinSystem();
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance };
        var stats = DormandPrince54.Integrate(ref system, 0, [1.0], times, output, options, Ct);
        return (times.Select((t, i) => Math.Abs(output[i] - ExpSinSystem.Exact(t))).Max(), stats);
    }

    [Fact]
    public void Integrate_DecreasingTolerance_ErrorDecreasesAndStaysNearTolerance()
    {
        var times = Grid(10, 50);
        var previous = double.PositiveInfinity;
        foreach (var tolerance in new[] { 1e-4, 1e-6, 1e-8, 1e-10 })
        {
            var (error, _) = SolveExpSin(tolerance, times);

            // Local error control does not bound the global error, but for this smooth, non-stiff problem over ten time
            // units it stays within a modest factor (here 20, with |y| ≤ e) of the tolerance.
            Assert.True(error <= 20 * tolerance * Math.E, $"error {error:E3} exceeds 20·e·tol at tol {tolerance:E0}");

            // 100× tighter tolerance must buy at least 10× less error (proportionality with exponent ≈ 5/5 for DP5).
            Assert.True(error <= previous / 10, $"error {error:E3} at tol {tolerance:E0} did not drop 10× from {previous:E3}");
            previous = error;
        }
    }

    [Fact]
    public void Integrate_ManyOutputTimes_DoesNotShortenSteps()
    {
        var (_, few) = SolveExpSin(1e-8, [10.0]);
        var (_, many) = SolveExpSin(1e-8, Grid(10, 997));

        Assert.Equal(few.AcceptedSteps, many.AcceptedSteps);
        Assert.Equal(few.RhsEvaluations, many.RhsEvaluations);
    }

    [Fact]
    public void Integrate_DenseOutputBetweenSteps_IsAtLeastFourthOrderAccurate()
    {
        // Tolerances of 1 with a forced step h (initial and maximum) accept every step at exactly h on this smooth
        // problem, so the ladder is a fixed-step ladder; the outputs sit at θ = 0.3 and 0.7 inside steps, never on them.
        var ladder = new List<(double, double)>();
        foreach (var steps in new[] { 10, 20, 40, 80, 160 })
        {
            var h = 2.0 / steps;
            var times = Enumerable.Range(0, steps).SelectMany(k => new[] { (k + 0.3) * h, (k + 0.7) * h }).ToArray();
            var system = new ManufacturedLinearSystem();
            var output = new double[times.Length * 2];
            var options = new IntegrationOptions { RelativeTolerance = 1, AbsoluteTolerance = 1, InitialStep = h, MaxStep = h };
            var stats = DormandPrince54.Integrate(ref system, 0, [1.0, 1.0], times, output, options, Ct);
            Assert.Equal(0, stats.RejectedSteps);
            var error = 0.0;
            for (var i = 0; i < times.Length; i++)
            {
                var (u0, u1) = ManufacturedLinearSystem.Exact(times[i]);
                error = Math.Max(error, Math.Max(Math.Abs(output[2 * i] - u0), Math.Abs(output[(2 * i) + 1] - u1)));
            }

            ladder.Add((h, error));
        }

        Assert.True(ObservedOrder.Fit(ladder, 2.0) >= 3.8, $"dense output ladder {string.Join(", ", ladder)}");
    }

    [Fact]
    public void Integrate_StepInputWithStopTime_KeepsAccuracyAcrossTheJump()
    {
        double[] times = [0.5, 1.0, 1.5, 2.0, 3.0];
        var options = new IntegrationOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-9 };

        var withStop = new StepInputSystem(1.0);
        var output = new double[times.Length];
        var stopped = DormandPrince54.Integrate(ref withStop, 0, [1.0], times, output, options with { StopTimes = [1.0] }, Ct);
        var stoppedError = times.Select((t, i) => Math.Abs(output[i] - withStop.Exact(t))).Max();

        var without = new StepInputSystem(1.0);
        var blind = DormandPrince54.Integrate(ref without, 0, [1.0], times, new double[times.Length], options, Ct);

        Assert.True(stoppedError <= 1e-8, $"error {stoppedError:E3} with the stop time");

        // Without the stop the controller must find the jump by trial and error: more rejected steps.
        Assert.True(stopped.RejectedSteps < blind.RejectedSteps, $"rejected {stopped.RejectedSteps} with stop vs {blind.RejectedSteps} without");
    }

    [Fact]
    public void Integrate_StopTimesDifferingByRounding_MergedIntoOneRestart()
    {
        // The same onset reached through two unit conversions can differ in the last bit; a one-ulp segment between
        // them must not end the integration with a step-size underflow.
        double[] times = [0.5, 1.5, 3.0];
        var system = new StepInputSystem(1.0);
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-9, StopTimes = [Math.BitIncrement(1.0), 1.0] };
        DormandPrince54.Integrate(ref system, 0, [1.0], times, output, options, Ct);

        Assert.True(times.Select((t, i) => Math.Abs(output[i] - system.Exact(t))).Max() <= 1e-8);
    }

    [Fact]
    public void Integrate_RightHandSideTurnsNaN_ThrowsNonFiniteWithTimeAndComponent()
    {
        var system = new FaultySystem(breakTime: 1.0);
        var error = Assert.Throws<IntegrationException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0, 1.0], [2.0], new double[2], IntegrationOptions.Default, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.InRange(error.Time, 0.9, 1.0);
        Assert.Contains("component 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("t = ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_RightHandSideNaNAtStart_ThrowsAtOnce()
    {
        var system = new FaultySystem(breakTime: 0.0);
        var error = Assert.Throws<IntegrationException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0, 1.0], [2.0], new double[2], IntegrationOptions.Default, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.Equal(0.0, error.Time);
    }

    [Fact]
    public void Integrate_CancelledDuringIntegration_StopsWithOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        var system = new FaultySystem(double.PositiveInfinity, source, cancelAfter: 100);
        var options = new IntegrationOptions { MaxStep = 1e-3 };

        Assert.ThrowsAny<OperationCanceledException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0, 1.0], [100.0], new double[2], options, source.Token));
    }

    [Fact]
    public void Integrate_StepBudgetTooSmall_ThrowsMaxStepsExceeded()
    {
        var system = new ExpSinSystem();
        var options = new IntegrationOptions { MaxSteps = 10, MaxStep = 0.01 };
        var error = Assert.Throws<IntegrationException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0], [1.0], new double[1], options, Ct));

        Assert.Equal(IntegrationFailure.MaxStepsExceeded, error.Failure);
        Assert.Contains("max steps (10) exceeded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_SolutionBlowsUp_StopsNearTheSingularity()
    {
        var system = new BlowUpSystem();
        var error = Assert.Throws<IntegrationException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0], [2.0], new double[1], IntegrationOptions.Default, Ct));

        // The numerical solution lags the exact one slightly, so it may fail a hair after t = 1.
        Assert.InRange(error.Time, 0.99, 1.001);
        Assert.Contains("t = ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_OutputTimesNotIncreasing_ThrowsArgumentException()
    {
        var system = new ExpSinSystem();
        Assert.Throws<ArgumentException>(
            () => DormandPrince54.Integrate(ref system, 0, [1.0], [1.0, 1.0], new double[2], IntegrationOptions.Default, Ct));
    }

    [Fact]
    public void Integrate_OutputAtStartTime_WritesInitialState()
    {
        var system = new ExpSinSystem();
        var output = new double[2];
        DormandPrince54.Integrate(ref system, 0, [1.0], [0.0, 1.0], output, IntegrationOptions.Default, Ct);

        Assert.Equal(1.0, output[0]);
        Assert.Equal(ExpSinSystem.Exact(1.0), output[1], 1e-5);
    }

    [Fact]
    public void Integrate_LongIntegration_AllocatesNothingPerStep()
    {
        // The integrator allocates its work array and its segment list once per call; steps only slice spans over the
        // work array and the struct system is called directly, so a run with 1000× more steps allocates the same bytes.
        // The 256-byte slack absorbs runtime noise on this thread (none is expected).
        var options = new IntegrationOptions { MaxStep = 1e-3, StopTimes = [0.25] };
        long Measure(double end, out long steps)
        {
            var system = new ExpSinSystem();
            var output = new double[1];
            var before = GC.GetAllocatedBytesForCurrentThread();
            steps = DormandPrince54.Integrate(ref system, 0, [1.0], [end], output, options, Ct).AcceptedSteps;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Measure(1.0, out _);
        var shortRun = Measure(1.0, out var shortSteps);
        var longRun = Measure(1000.0, out var longSteps);

        Assert.True(longSteps >= 900 * shortSteps, $"{longSteps} vs {shortSteps} steps");
        Assert.True(longRun <= shortRun + 256, $"long run allocated {longRun} bytes, short run {shortRun}");
    }
}
