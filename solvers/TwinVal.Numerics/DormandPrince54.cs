namespace TwinVal.Numerics;

/// <summary>
/// Adaptive explicit Runge–Kutta 5(4) of Dormand &amp; Prince (1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3), organised as Hairer's DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.4–II.6): local extrapolation (the fifth-order solution is propagated), first-same-as-last (six new
/// right-hand-side evaluations per step), PI step-size control, Hairer's initial step, and Shampine's fourth-order
/// dense output to sample output times inside steps without shortening them and to locate threshold crossings
/// (<see cref="EventLocator"/>) on it.
/// </summary>
public static class DormandPrince54
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "dopri5";

    // Hairer's underflow test: a step below 10·u·|t| cannot move t by a representable amount with a useful error estimate.
    private const double UnitRoundoff = 2.220446049250313e-16;

    // A trial step whose stages are not finite is retried ten times smaller; after this many tries (a factor 1e10) the
    // right-hand side itself is taken to be broken rather than the step too large.
    private const int NonFiniteRetries = 10;

    /// <summary>
    /// Integrates <paramref name="system"/> from (<paramref name="t0"/>, <paramref name="y0"/>) and writes the state at
    /// each output time into <paramref name="output"/> (row-major, one row of <c>Dimension</c> values per output time).
    /// Allocates its work arrays once; nothing is allocated per step.
    /// </summary>
    /// <returns>Accepted and rejected steps and right-hand-side evaluations.</returns>
    /// <exception cref="ArgumentException">Arguments or options are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem =>
        Run(ref system, t0, y0, outputTimes, output, options, null, cancellationToken);

    /// <summary>
    /// As <see cref="Integrate{TSystem}(ref TSystem, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, IntegrationOptions, CancellationToken)"/>,
    /// and locates the crossings of <paramref name="events"/> on each accepted step's fourth-order dense output. The steps
    /// taken and the output written are exactly those of the overload without events; nothing is allocated per step
    /// (only per crossing found).
    /// </summary>
    /// <returns>Accepted and rejected steps and right-hand-side evaluations; crossings accumulate in <paramref name="events"/>.</returns>
    /// <exception cref="ArgumentException">Arguments, options or events are inconsistent.</exception>
    /// <exception cref="IntegrationException">Step size underflow, a non-finite state, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        EventLocator events,
        CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem
    {
        ArgumentNullException.ThrowIfNull(events);
        return Run(ref system, t0, y0, outputTimes, output, options, events, cancellationToken);
    }

    private static IntegrationStatistics Run<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, EventLocator? events, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        AdaptiveOptions.Check(options);
        events?.Prepare(n);
        var work = new double[14 * n];
        var y = work.AsSpan(0, n);
        y0.CopyTo(y);
        var counts = new Counts();
        var t = t0;
        var row = 0;
        while (row < outputTimes.Length && outputTimes[row] == t0)
        {
            IntegrationPlan.WriteRow(output, row++, y);
        }

        foreach (var segmentEnd in segments)
        {
            if (t < segmentEnd)
            {
                IntegrateSegment(ref system, ref t, segmentEnd, work, n, outputTimes, output, ref row, options, events, ref counts, cancellationToken);
            }
        }

        return new IntegrationStatistics(counts.Accepted, counts.Rejected, counts.Evaluations);
    }

    private static void IntegrateSegment<TSystem>(
        ref TSystem system, ref double t, double end, double[] work, int n, ReadOnlySpan<double> outputTimes, Span<double> output,
        ref int row, IntegrationOptions options, EventLocator? events, ref Counts counts, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        var y = work.AsSpan(0, n);
        var y1 = work.AsSpan(n, n);
        var k1 = work.AsSpan(3 * n, n);
        var k7 = work.AsSpan(9 * n, n);
        var rtol = options.RelativeTolerance;
        var atol = options.AbsoluteTolerance;

        // A restart: the right-hand side may jump at a stop time, so f is re-evaluated and the controller forgets.
        system.BeginSegment(t, end);
        system.Evaluate(t, y, k1);
        counts.Evaluations++;
        var bad = IntegrationPlan.FirstNonFinite(k1);
        if (bad >= 0)
        {
            throw new IntegrationException(
                IntegrationFailure.NonFiniteState, t, $"non-finite derivative at t = {IntegrationPlan.Format(t)} in component {bad}");
        }

        double h;
        if (options.InitialStep > 0)
        {
            h = Math.Min(options.InitialStep, end - t);
        }
        else
        {
            h = InitialStep.Estimate(ref system, t, y, k1, Math.Min(options.MaxStep, end - t), rtol, atol, work.AsSpan(2 * n, n), work.AsSpan(4 * n, n));
            counts.Evaluations++;
        }

        h = Math.Min(h, options.MaxStep);
        var controller = default(PiStepController);
        controller.Reset();
        var lastRejected = false;
        var nonFinite = 0;
        while (t < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (counts.Accepted + counts.Rejected >= options.MaxSteps)
            {
                throw new IntegrationException(
                    IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)}");
            }

            if (0.1 * h <= Math.Abs(t) * UnitRoundoff || 0.1 * h == 0.0)
            {
                if (nonFinite > 0)
                {
                    throw NonFinite(t, h, work, n);
                }

                throw new IntegrationException(
                    IntegrationFailure.StepSizeUnderflow, t,
                    $"step size underflow at t = {IntegrationPlan.Format(t)} (h = {IntegrationPlan.Format(h)}); the problem may be stiff or singular here");
            }

            // Stretch the last step of a segment by up to 1 % rather than leave a sliver (Hairer's rule).
            var last = t + (1.01 * h) >= end;
            if (last)
            {
                h = end - t;
            }

            var tNew = last ? end : t + h;
            var error = DormandPrinceStep.Attempt(ref system, t, tNew, h, work, n, rtol, atol);
            counts.Evaluations += 6;
            if (!double.IsFinite(error) || IntegrationPlan.FirstNonFinite(y1) >= 0)
            {
                counts.Rejected++;
                if (++nonFinite > NonFiniteRetries)
                {
                    throw NonFinite(t, h, work, n);
                }

                h *= 0.1;
                lastRejected = true;
                continue;
            }

            nonFinite = 0;
            if (error > 1.0)
            {
                counts.Rejected++;
                h = PiStepController.Rejected(h, error);
                lastRejected = true;
                continue;
            }

            counts.Accepted++;
            Accept(t, tNew, h, work, n, outputTimes, output, ref row, events);
            k7.CopyTo(k1);
            t = tNew;
            var next = Math.Min(controller.Accepted(h, error), options.MaxStep);
            h = lastRejected ? Math.Min(next, h) : next;
            lastRejected = false;
        }
    }

    /// <summary>
    /// Writes every output time in (t, tNew] (y1 at tNew itself, the continuous extension inside), scans the events on
    /// the continuous extension, and moves y1 into y.
    /// </summary>
    private static void Accept(
        double t, double tNew, double h, double[] work, int n, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row, EventLocator? events)
    {
        var y = work.AsSpan(0, n);
        var y1 = work.AsSpan(n, n);

        // The dense coefficients cost a pass over the stages; skip it on steps that neither sample nor watch anything.
        var watching = events is { Events.Length: > 0 } ? events : null;
        if (watching is not null || (row < outputTimes.Length && outputTimes[row] < tNew))
        {
            DormandPrinceInterpolant.Prepare(work, n, h);
        }

        var interpolant = new DormandPrinceInterpolant(work, n);
        for (; row < outputTimes.Length && outputTimes[row] <= tNew; row++)
        {
            var destination = output.Slice(row * n, n);
            if (outputTimes[row] == tNew)
            {
                y1.CopyTo(destination);
            }
            else
            {
                interpolant.State((outputTimes[row] - t) / h, destination);
            }
        }

        watching?.Scan(ref interpolant, t, tNew, y, y1);
        y1.CopyTo(y);
    }

    /// <summary>The failure raised when trial steps keep producing NaN or infinity however small they get.</summary>
    private static IntegrationException NonFinite(double t, double h, double[] work, int n)
    {
        var component = IntegrationPlan.FirstNonFinite(work.AsSpan(n, n));
        for (var stage = 4; component < 0 && stage <= 9; stage++)
        {
            component = IntegrationPlan.FirstNonFinite(work.AsSpan(stage * n, n));
        }

        return new IntegrationException(
            IntegrationFailure.NonFiniteState, t,
            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {component}: the right-hand side gave NaN or infinity " +
            $"on every trial step, down to h = {IntegrationPlan.Format(h)}");
    }

    private struct Counts
    {
        public long Accepted;
        public long Rejected;
        public long Evaluations;
    }
}
