namespace TwinVal.Numerics;

/// <summary>
/// Fixed-step explicit Runge–Kutta integration with any <see cref="ButcherTableau"/> (Euler, Heun, classic RK4, the
/// fifth-order Dormand–Prince formula). Every output and stop time is reached exactly: each interval between them is
/// split into the fewest equal steps no longer than <see cref="IntegrationOptions.FixedStep"/>.
/// </summary>
public static class ExplicitRungeKutta
{
    /// <summary>
    /// Integrates <paramref name="system"/> from (<paramref name="t0"/>, <paramref name="y0"/>) and writes the state at
    /// each output time into <paramref name="output"/> (row-major, one row of <c>Dimension</c> values per output time).
    /// </summary>
    /// <returns>Steps taken and right-hand-side evaluations (there are no rejected steps).</returns>
    /// <exception cref="ArgumentException">Arguments are inconsistent or <see cref="IntegrationOptions.FixedStep"/> is not positive.</exception>
    /// <exception cref="IntegrationException">The state became non-finite or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system,
        ButcherTableau tableau,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        Span<double> output,
        IntegrationOptions options,
        CancellationToken cancellationToken = default)
        where TSystem : IOdeSystem
    {
        ArgumentNullException.ThrowIfNull(tableau);
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        var h = options.FixedStep;
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentException($"a fixed-step method needs a positive finite FixedStep, was {IntegrationPlan.Format(h)}", nameof(options));
        }

        // Work arrays, allocated once: state, stage state, and one derivative row per stage.
        var work = new double[(2 + tableau.Stages) * n];
        var y = work.AsSpan(0, n);
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

                // The relative slack keeps an interval that is a whole number of steps long (up to rounding) from
                // getting one extra, tiny step.
                var count = Math.Max(1, (long)Math.Ceiling((target - t) / h * (1 - 1e-12)));
                var start = t;
                var dt = (target - start) / count;
                for (var i = 0L; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++steps > options.MaxSteps)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)}");
                    }

                    var next = i == count - 1 ? target : start + ((i + 1) * dt);
                    Step(ref system, tableau, t, next - t, work, n);
                    t = next;
                    var bad = IntegrationPlan.FirstNonFinite(y);
                    if (bad >= 0)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.NonFiniteState, t,
                            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {bad} ({tableau.Name}, step {IntegrationPlan.Format(dt)})");
                    }
                }

                while (row < outputTimes.Length && outputTimes[row] <= t)
                {
                    IntegrationPlan.WriteRow(output, row++, y);
                }
            }
        }

        return new IntegrationStatistics(steps, 0, steps * tableau.Stages);
    }

    /// <summary>One step y ← y + h·Σ b_s k_s with k_s = f(t + c_s h, y + h·Σ_{j&lt;s} a_sj k_j).</summary>
    private static void Step<TSystem>(ref TSystem system, ButcherTableau tableau, double t, double h, double[] work, int n)
        where TSystem : IOdeSystem
    {
        var y = work.AsSpan(0, n);
        var stage = work.AsSpan(n, n);
        var stages = tableau.Stages;
        var a = tableau.A.AsSpan();
        for (var s = 0; s < stages; s++)
        {
            var k = work.AsSpan((2 + s) * n, n);
            if (s == 0)
            {
                system.Evaluate(t, y, k);
                continue;
            }

            y.CopyTo(stage);
            for (var j = 0; j < s; j++)
            {
                var coefficient = h * a[(s * stages) + j];
                if (coefficient != 0.0)
                {
                    var kj = work.AsSpan((2 + j) * n, n);
                    for (var i = 0; i < n; i++)
                    {
                        stage[i] += coefficient * kj[i];
                    }
                }
            }

            system.Evaluate(t + (tableau.C[s] * h), stage, k);
        }

        for (var s = 0; s < stages; s++)
        {
            var weight = h * tableau.B[s];
            if (weight != 0.0)
            {
                var k = work.AsSpan((2 + s) * n, n);
                for (var i = 0; i < n; i++)
                {
                    y[i] += weight * k[i];
                }
            }
        }
    }
}
