namespace TwinVal.Numerics;

/// <summary>
/// The Rush–Larsen method for cardiac ionic models (Rush &amp; Larsen 1978, IEEE Trans. Biomed. Eng. 25:389–392,
/// doi:10.1109/TBME.1978.326270): over a step the gates' y∞ and τ are frozen at the step start, so each gate's linear
/// equation is solved exactly, y ← y∞ + (y − y∞)·e^{−h/τ}; the other components take a forward Euler step. First order,
/// but unconditionally stable in the gates, whose time constants are what makes ionic models stiff. Fixed steps, laid
/// out as in <see cref="ExplicitRungeKutta"/>: every output and stop time is reached exactly.
/// </summary>
public static class RushLarsen
{
    /// <summary>Method name reported in diagnostics.</summary>
    public const string MethodName = "rush-larsen";

    /// <summary>
    /// Integrates <paramref name="system"/> with steps no longer than <see cref="IntegrationOptions.FixedStep"/> and
    /// writes the state at each output time into <paramref name="output"/> (row-major, one row per output time).
    /// </summary>
    /// <returns>Steps and right-hand-side evaluations (one per step; no rejected steps).</returns>
    /// <exception cref="ArgumentException">Arguments are inconsistent or <see cref="IntegrationOptions.FixedStep"/> is not positive.</exception>
    /// <exception cref="IntegrationException">A time constant was not positive, the state became non-finite, or the step budget ran out.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked between steps).</exception>
    public static IntegrationStatistics Integrate<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> outputTimes, Span<double> output,
        IntegrationOptions options, CancellationToken cancellationToken = default)
        where TSystem : IGatedSystem
    {
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        var h = options.FixedStep;
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentException($"a fixed-step method needs a positive finite FixedStep, was {IntegrationPlan.Format(h)}", nameof(options));
        }

        var gates = new bool[n];
        for (var i = 0; i < n; i++)
        {
            gates[i] = system.IsGate(i);
        }

        var work = new double[4 * n];
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

                // As in ExplicitRungeKutta: the fewest equal steps no longer than h, with a relative slack so that an
                // interval a whole number of steps long does not get one extra, tiny step.
                var count = Math.Max(1, (long)Math.Ceiling((target - t) / h * (1 - 1e-12)));
                var start = t;
                var dt = (target - start) / count;
                for (var i = 0L; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++steps > options.MaxSteps)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.MaxStepsExceeded, t, $"max steps ({options.MaxSteps}) exceeded at t = {IntegrationPlan.Format(t)} ({MethodName})");
                    }

                    var next = i == count - 1 ? target : start + ((i + 1) * dt);
                    Step(ref system, gates, t, next - t, work, n);
                    t = next;
                    var bad = IntegrationPlan.FirstNonFinite(y);
                    if (bad >= 0)
                    {
                        throw new IntegrationException(
                            IntegrationFailure.NonFiniteState, t,
                            $"non-finite state at t = {IntegrationPlan.Format(t)} in component {bad} ({MethodName}, step {IntegrationPlan.Format(dt)})");
                    }
                }

                while (row < outputTimes.Length && outputTimes[row] <= t)
                {
                    IntegrationPlan.WriteRow(output, row++, y);
                }
            }
        }

        return new IntegrationStatistics(steps, 0, steps);
    }

    private static void Step<TSystem>(ref TSystem system, bool[] gates, double t, double h, double[] work, int n)
        where TSystem : IGatedSystem
    {
        var y = work.AsSpan(0, n);
        var f = work.AsSpan(n, n);
        var infinity = work.AsSpan(2 * n, n);
        var tau = work.AsSpan(3 * n, n);
        system.Evaluate(t, y, f);
        system.GateKinetics(t, y, infinity, tau);
        for (var i = 0; i < n; i++)
        {
            if (!gates[i])
            {
                y[i] += h * f[i];
                continue;
            }

            if (!(tau[i] > 0))
            {
                throw new IntegrationException(
                    IntegrationFailure.NonFiniteState, t,
                    $"gate {i} has time constant τ = {IntegrationPlan.Format(tau[i])} at t = {IntegrationPlan.Format(t)}; τ must be positive ({MethodName})");
            }

            // Exact solution of y′ = (y∞ − y)/τ with y∞, τ frozen; −expm1 keeps 1 − e^{−h/τ} accurate when h ≪ τ.
            y[i] += (infinity[i] - y[i]) * -ExpM1(-h / tau[i]);
        }
    }

    /// <summary>e^z − 1 without cancellation for small |z| (Kahan's trick: Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §1.14.1).</summary>
    private static double ExpM1(double z)
    {
        var u = Math.Exp(z);
        if (u == 1.0)
        {
            return z;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * z / Math.Log(u);
    }
}
