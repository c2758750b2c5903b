using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Stabilized;

/// <summary>
/// The behaviour every stabilised explicit integrator (RKC, ROCK4) shares: a broken spectral bound is named, a
/// right-hand side that turns NaN fails with time and component, cancellation and the step budget stop it, and the
/// steps allocate nothing. Derived classes supply the integrator.
/// </summary>
public abstract class StabilizedIntegratorContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Integrate_BoundReturnsNaN_ThrowsNamingBoundTimeAndValue()
    {
        var system = new ExpSinSystem();
        var error = Assert.Throws<ArgumentException>(
            () => Integrate(ref system, new BrokenRadius(), 0, [1.0], [1.0], new double[1], IntegrationOptions.Default, Ct));

        Assert.Equal("spectralRadius", error.ParamName);
        Assert.Contains("BrokenRadius", error.Message, StringComparison.Ordinal);
        Assert.Contains("NaN at t = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_RightHandSideTurnsNaN_ThrowsNonFiniteWithTimeAndComponent()
    {
        var system = new FaultySystem(breakTime: 1.0);
        var error = Assert.Throws<IntegrationException>(
            () => Integrate(ref system, new ConstantSpectralRadius(1.0), 0, [1.0, 1.0], [2.0], new double[2], IntegrationOptions.Default, Ct));

        Assert.Equal(IntegrationFailure.NonFiniteState, error.Failure);
        Assert.InRange(error.Time, 0.9, 1.0);
        Assert.Contains("component 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_Cancelled_StopsWithOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        var system = new FaultySystem(double.PositiveInfinity, source, cancelAfter: 100);
        var options = new IntegrationOptions { MaxStep = 1e-3 };

        Assert.ThrowsAny<OperationCanceledException>(
            () => Integrate(ref system, new ConstantSpectralRadius(1.0), 0, [1.0, 1.0], [100.0], new double[2], options, source.Token));
    }

    [Fact]
    public void Integrate_StepBudgetTooSmall_ThrowsMaxStepsExceeded()
    {
        var system = new ExpSinSystem();
        var options = new IntegrationOptions { MaxSteps = 10, MaxStep = 0.01 };
        var error = Assert.Throws<IntegrationException>(
            () => Integrate(ref system, new ConstantSpectralRadius(1.0), 0, [1.0], [1.0], new double[1], options, Ct));

        Assert.Equal(IntegrationFailure.MaxStepsExceeded, error.Failure);
    }

    [Fact]
    public void Integrate_LongIntegration_AllocatesNothingPerStep()
    {
        // Work arrays and the segment list are allocated once per call, so 500× more steps allocate the same bytes.
        var options = new IntegrationOptions { MaxStep = 1e-3, StopTimes = [0.25] };
        var radius = new ConstantSpectralRadius(50.0);
        long Measure(double end, out long steps)
        {
            var system = new ExpSinSystem();
            var output = new double[1];
            var before = GC.GetAllocatedBytesForCurrentThread();
            steps = Integrate(ref system, radius, 0, [1.0], [end], output, options, Ct).AcceptedSteps;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Measure(1.0, out _);
        var shortRun = Measure(1.0, out var shortSteps);
        var longRun = Measure(500.0, out var longSteps);

        Assert.True(longSteps >= 450 * shortSteps, $"{longSteps} vs {shortSteps} steps");
        Assert.True(longRun <= shortRun + 256, $"long run allocated {longRun} bytes, short run {shortRun}");
    }

    /// <summary>
    /// Observed order on y' = −3y + sin 5t (non-autonomous, so the stage abscissae matter; closed form in
    /// ForcedLinearSystem) to t = 2 over a ladder of fixed steps (MaxStep = InitialStep = h, tolerances so loose that every
    /// step is accepted).
    /// </summary>
    protected double FixedStepLadderOrder(double declaredRadius, int[] stepCounts)
    {
        var system = new ForcedLinearSystem(-3.0, 5.0);
        var ladder = new List<(double H, double Error)>();
        foreach (var steps in stepCounts)
        {
            var h = 2.0 / steps;
            var output = new double[1];
            var options = new IntegrationOptions { RelativeTolerance = 1e6, AbsoluteTolerance = 1e6, MaxStep = h, InitialStep = h };
            var s = Integrate(ref system, new ConstantSpectralRadius(declaredRadius), 0, [1.0], [2.0], output, options, Ct);
            Assert.Equal(steps, s.AcceptedSteps);
            ladder.Add((h, Math.Abs(output[0] - system.Exact(2.0, 1.0))));
        }

        return ObservedOrder.Fit(ladder, 1.0);
    }

    /// <summary>
    /// The stiff heat line (199 interior points, |λ|max ≈ 1.6e5) to t = 0.1 at rtol = atol = 1e-6 with the declared radius
    /// 4/dx²: the initial state holds the slowest mode and the two fastest (k = 198, 199, at the edge of the stability
    /// interval), which must decay. Returns the steps taken and the max error against the eigen-solution at t = 0.05, 0.1.
    /// </summary>
    protected (long Steps, double WorstError) StiffHeatRun()
    {
        var system = new HeatLineSystem(199);
        var n = system.Dimension;
        var y0 = new double[n];
        for (var i = 0; i < n; i++)
        {
            y0[i] = system.Mode(1, i) + (0.5 * system.Mode(198, i)) + (0.25 * system.Mode(199, i));
        }

        var output = new double[2 * n];
        var options = new IntegrationOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 };
        var s = Integrate(ref system, new ConstantSpectralRadius(system.SpectralRadius), 0, y0, [0.05, 0.1], output, options, Ct);
        var worst = 0.0;
        foreach (var (t, row) in new[] { (0.05, 0), (0.1, 1) })
        {
            for (var i = 0; i < n; i++)
            {
                var exact = (system.Mode(1, i) * Math.Exp(system.Eigenvalue(1) * t))
                    + (0.5 * system.Mode(198, i) * Math.Exp(system.Eigenvalue(198) * t))
                    + (0.25 * system.Mode(199, i) * Math.Exp(system.Eigenvalue(199) * t));
                worst = Math.Max(worst, Math.Abs(output[(row * n) + i] - exact));
            }
        }

        return (s.AcceptedSteps + s.RejectedSteps, worst);
    }

    /// <summary>The integrator under test (RungeKuttaChebyshev.Integrate or Rock4.Integrate).</summary>
    private protected abstract IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, ISpectralRadius spectralRadius, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes,
        Span<double> output, IntegrationOptions options, CancellationToken cancellationToken)
        where TSystem : IOdeSystem;

    private sealed class BrokenRadius : ISpectralRadius
    {
        public double Estimate(double t, ReadOnlySpan<double> y) => double.NaN;
    }
}
