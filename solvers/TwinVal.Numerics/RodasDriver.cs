namespace TwinVal.Numerics;

/// <summary>The step loop of <see cref="Rodas4"/>: segments between stop times, step control, output and events.</summary>
internal static class RodasDriver
{
    // Hairer's underflow test: a step below 10·u·|t| cannot move t by a representable amount with a useful error estimate.
    private const double UnitRoundoff = 2.220446049250313e-16;

    // Non-finite trial steps are retried ten times smaller, at most this many times (a factor 1e10), as in DormandPrince54.
    private const int NonFiniteRetries = 10;

    // RODAS halves the step when the iteration matrix is singular and gives up after five consecutive halvings.
    private const int SingularRetries = 5;

    public static IntegrationStatistics Run<TSystem, TJacobian>(
        ref TSystem system, TJacobian jacobian, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, EventLocator? events, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
        where TJacobian : struct, IJacobianSource<TSystem>
    {
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        AdaptiveOptions.Check(options);
        events?.Prepare(n);
        var work = new RodasWorkspace(n);
        y0.CopyTo(work.Y);
        var counts = default(Counts);
        var t = t0;
        var row = 0;
        while (row < outputTimes.Length && outputTimes[row] == t0)
        {
            IntegrationPlan.WriteRow(output, row++, work.Y);
        }

        foreach (var segmentEnd in segments)
        {
            if (t < segmentEnd)
            {
                Segment(ref system, ref jacobian, ref t, segmentEnd, work, outputTimes, output, ref row, options, events, ref counts, cancellationToken);
            }
        }

        return new IntegrationStatistics(counts.Accepted, counts.Rejected, counts.Evaluations)
        {
            JacobianEvaluations = counts.Jacobians,
            LuDecompositions = counts.Decompositions,
        };
    }

    private static void Segment<TSystem, TJacobian>(
        ref TSystem system, ref TJacobian jacobian, ref double t, double end, RodasWorkspace work, ReadOnlySpan<double> outputTimes,
        Span<double> output, ref int row, IntegrationOptions options, EventLocator? events, ref Counts counts, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
        where TJacobian : struct, IJacobianSource<TSystem>
    {
        var rtol = options.RelativeTolerance;
        var atol = options.AbsoluteTolerance;
        var y = work.Y;

        // A restart: the right-hand side may jump at a stop time, so f is re-evaluated and the controller forgets.
        system.BeginSegment(t, end);
        EvaluateF0(ref system, t, work, ref counts);
        double h;
        if (options.InitialStep > 0)
        {
            h = Math.Min(options.InitialStep, end - t);
        }
        else
        {
            // Hairer's explicit starting-step estimate; it is tuned for order 5 and errs small for an order-4 method,
            // which the controller repairs within a few steps (it may grow h six-fold per step).
            h = InitialStep.Estimate(ref system, t, y, work.F0, Math.Min(options.MaxStep, end - t), rtol, atol, work.Stage, work.F);
            counts.Evaluations++;
        }

        h = Math.Min(h, options.MaxStep);
        var controller = default(PredictiveStepController);
        controller.Reset();
        var lastRejected = false;
        var jacobianCurrent = false;
        var nonFinite = 0;
        var singular = 0;
        while (t < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (counts.Accepted + counts.Rejected >= options.MaxSteps)
            {
                throw new IntegrationException(
                    IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)} ({Rodas4.MethodName})");
            }

            if (0.1 * h <= Math.Abs(t) * UnitRoundoff || 0.1 * h == 0.0)
            {
                throw nonFinite > 0
                    ? NonFinite(t, h, work)
                    : new IntegrationException(
                        IntegrationFailure.StepSizeUnderflow, t,
                        $"step size underflow at t = {IntegrationPlan.Format(t)} (h = {IntegrationPlan.Format(h)}, {Rodas4.MethodName}); the solution may be singular here");
            }

            var last = t + (1.01 * h) >= end;
            if (last)
            {
                h = end - t;
            }

            var tNew = last ? end : t + h;
            if (!jacobianCurrent)
            {
                // One Jacobian per step, reused by every retry from the same point (as RODAS does).
                counts.Evaluations += jacobian.Evaluate(ref system, t, h, rtol, atol, y, work.F0, work.Jacobian, work.Dfdt, work.Stage, work.F);
                counts.Jacobians++;
                jacobianCurrent = true;
                CheckJacobian(t, work);
            }

            counts.Decompositions++;
            var pivot = RodasStep.Factor(work, h);
            if (pivot >= 0)
            {
                counts.Rejected++;
                if (++singular > SingularRetries)
                {
                    throw new IntegrationException(
                        IntegrationFailure.SingularMatrix, t,
                        $"the iteration matrix 1/(γh)·I − ∂f/∂y is singular at t = {IntegrationPlan.Format(t)} (zero pivot in column {pivot}) " +
                        $"for every step tried down to h = {IntegrationPlan.Format(h)} ({Rodas4.MethodName})");
                }

                h *= 0.5;
                lastRejected = true;
                continue;
            }

            singular = 0;
            var error = RodasStep.Attempt(ref system, work, t, h, tNew, rtol, atol);
            counts.Evaluations += 5;
            if (!double.IsFinite(error) || IntegrationPlan.FirstNonFinite(work.YNew) >= 0)
            {
                counts.Rejected++;
                if (++nonFinite > NonFiniteRetries)
                {
                    throw NonFinite(t, h, work);
                }

                h *= 0.1;
                lastRejected = true;
                continue;
            }

            nonFinite = 0;
            if (error > 1.0)
            {
                counts.Rejected++;
                h = PredictiveStepController.Rejected(h, error);
                lastRejected = true;
                continue;
            }

            counts.Accepted++;
            Accept(t, tNew, h, work, outputTimes, output, ref row, events);
            t = tNew;
            jacobianCurrent = false;
            EvaluateF0(ref system, t, work, ref counts);
            var next = Math.Min(controller.Accepted(h, error), options.MaxStep);
            h = lastRejected ? Math.Min(next, h) : next;
            lastRejected = false;
        }
    }

    /// <summary>Writes output rows inside (t, tNew], scans events, and moves y_new into y.</summary>
    private static void Accept(
        double t, double tNew, double h, RodasWorkspace work, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row, EventLocator? events)
    {
        var needDense = (events is not null && events.Events.Length > 0) || (row < outputTimes.Length && outputTimes[row] < tNew);
        if (needDense)
        {
            RodasStep.PrepareDense(work);
        }

        var interpolant = new RodasInterpolant(work);
        for (; row < outputTimes.Length && outputTimes[row] <= tNew; row++)
        {
            var destination = output.Slice(row * work.N, work.N);
            if (outputTimes[row] == tNew)
            {
                work.YNew.CopyTo(destination);
            }
            else
            {
                interpolant.State((outputTimes[row] - t) / h, destination);
            }
        }

        events?.Scan(ref interpolant, t, tNew, work.Y, work.YNew);
        work.YNew.CopyTo(work.Y);
    }

    private static void EvaluateF0<TSystem>(ref TSystem system, double t, RodasWorkspace work, ref Counts counts)
        where TSystem : IOdeSystem
    {
        system.Evaluate(t, work.Y, work.F0);
        counts.Evaluations++;
        var bad = IntegrationPlan.FirstNonFinite(work.F0);
        if (bad >= 0)
        {
            throw new IntegrationException(
                IntegrationFailure.NonFiniteState, t,
                $"non-finite derivative at t = {IntegrationPlan.Format(t)} in component {bad} ({Rodas4.MethodName})");
        }
    }

    private static void CheckJacobian(double t, RodasWorkspace work)
    {
        var bad = IntegrationPlan.FirstNonFinite(work.Jacobian);
        if (bad >= 0)
        {
            throw new IntegrationException(
                IntegrationFailure.NonFiniteState, t,
                $"non-finite Jacobian entry ∂f_{bad / work.N}/∂y_{bad % work.N} at t = {IntegrationPlan.Format(t)} ({Rodas4.MethodName})");
        }

        bad = IntegrationPlan.FirstNonFinite(work.Dfdt);
        if (bad >= 0)
        {
            throw new IntegrationException(
                IntegrationFailure.NonFiniteState, t,
                $"non-finite time derivative ∂f_{bad}/∂t at t = {IntegrationPlan.Format(t)} ({Rodas4.MethodName})");
        }
    }

    private static IntegrationException NonFinite(double t, double h, RodasWorkspace work)
    {
        var component = IntegrationPlan.FirstNonFinite(work.YNew);
        for (var stage = 1; component < 0 && stage <= 6; stage++)
        {
            component = IntegrationPlan.FirstNonFinite(work.K(stage));
        }

        return new IntegrationException(
            IntegrationFailure.NonFiniteState, t,
            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {component}: the right-hand side gave NaN or infinity " +
            $"on every trial step, down to h = {IntegrationPlan.Format(h)} ({Rodas4.MethodName})");
    }

    private struct Counts
    {
        public long Accepted;
        public long Rejected;
        public long Evaluations;
        public long Jacobians;
        public long Decompositions;
    }
}
