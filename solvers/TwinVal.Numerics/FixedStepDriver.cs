namespace TwinVal.Numerics;

/// <summary>
/// The step layout every fixed-step method shares: each interval between output and stop times is split into the
/// fewest equal steps no longer than <see cref="IntegrationOptions.FixedStep"/>, so every output and stop time is reached
/// exactly; cancellation, the step budget and a finite state are checked after each step.
/// </summary>
internal static class FixedStepDriver
{
    public static IntegrationStatistics Run<TSystem, TStepper>(
        ref TSystem system,
        ref TStepper stepper,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        CancellationToken cancellationToken)
        where TSystem : IOdeSystem
        where TStepper : IFixedStepper<TSystem>
    {
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        var h = options.FixedStep;
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentException($"a fixed-step method needs a positive finite FixedStep, was {IntegrationPlan.Format(h)}", nameof(options));
        }

        var y = new double[n].AsSpan();
        y0.CopyTo(y);
        var steps = 0L;
        var t = t0;
        var row = 0;
        while (row < outputTimes.Length && outputTimes[row] == t0)
        {
            IntegrationPlan.WriteRow(output, row++, y);
        }

        foreach (var segmentEnd in segments)
        {
            if (t >= segmentEnd)
            {
                continue;
            }

            system.BeginSegment(t, segmentEnd);
            while (t < segmentEnd)
            {
                var target = row < outputTimes.Length && outputTimes[row] < segmentEnd ? outputTimes[row] : segmentEnd;

                // A remainder shorter than a millionth of a step is rounding, not a step to take: the length of an
                // output interval far from t = 0 carries an error of about ε·|t| (t = 665.42 − 665.40 ms is off by
                // ~1e-13), which a slack relative to the interval alone (1e-12·Δt) let turn 4 steps into 5.
                var count = Math.Max(1, (long)Math.Ceiling(((target - t) / h) - 1e-6));
                var start = t;
                var dt = (target - start) / count;
                for (var i = 0L; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++steps > options.MaxSteps)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)} ({stepper.Name})");
                    }

                    var next = i == count - 1 ? target : start + ((i + 1) * dt);
                    stepper.Step(ref system, t, next - t, y);
                    t = next;
                    var bad = IntegrationPlan.FirstNonFinite(y);
                    if (bad >= 0)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.NonFiniteState, t,
                            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {bad} ({stepper.Name}, step {IntegrationPlan.Format(dt)})");
                    }
                }

                while (row < outputTimes.Length && outputTimes[row] <= t)
                {
                    IntegrationPlan.WriteRow(output, row++, y);
                }
            }
        }

        return new IntegrationStatistics(steps, 0, steps * stepper.EvaluationsPerStep);
    }
}
