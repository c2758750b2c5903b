using TwinVal.Numerics.Stabilized;

namespace TwinVal.Numerics.Tests.Stabilized;

public class RungeKuttaChebyshevAllocationTests
{
    [Fact]
    public void Integrate_LongIntegration_AllocatesNothingPerStep()
    {
        // The work array (6n) and the run object are allocated once per call; the stage and error kernels take their
        // row lists and weights on the stack, so 100× more steps allocate the same bytes. 67 points: a SIMD tail too.
        // The 256-byte slack absorbs runtime noise on this thread (none is expected).
        var options = new IntegrationOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-6, MaxStep = 1e-3 };
        long Measure(double end, out long steps)
        {
            var system = new HeatLineSystem(67);
            var y0 = Enumerable.Range(0, 67).Select(i => system.Mode(1, i)).ToArray();
            var output = new double[67];
            var radius = new ConstantSpectralRadius(system.SpectralRadius);
            var before = GC.GetAllocatedBytesForCurrentThread();
            steps = RungeKuttaChebyshev.Integrate(ref system, radius, 0, y0, [end], output, options, TestContext.Current.CancellationToken).AcceptedSteps;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Measure(0.01, out _);
        var shortRun = Measure(0.01, out var shortSteps);
        var longRun = Measure(1.0, out var longSteps);

        Assert.True(longSteps >= 90 * shortSteps, $"{longSteps} vs {shortSteps} steps");
        Assert.True(longRun <= shortRun + 256, $"long run allocated {longRun} bytes, short run {shortRun}");
    }
}
