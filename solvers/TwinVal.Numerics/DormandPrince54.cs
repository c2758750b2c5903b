using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics;

/// <summary>
/// Adaptive explicit Runge–Kutta 5(4) of Dormand &amp; Prince (1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3), organised as Hairer's DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
/// 2nd ed., §II.4–II.6): local extrapolation (the fifth-order solution is propagated), first-same-as-last (six new
/// right-hand-side evaluations per step), PI step-size control, Hairer's initial step, and Shampine's fourth-order
/// dense output to sample output times inside steps without shortening them.
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
        where TSystem : IOdeSystem
    {
        var n = system.Dimension;
        var segments = IntegrationPlan.Segments(n, t0, y0, outputTimes, output, options);
        CheckOptions(options);
        var work = new double[15 * n];
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
                IntegrateSegment(ref system, ref t, segmentEnd, work, n, outputTimes, output, ref row, options, ref counts, cancellationToken);
            }
        }

        return new IntegrationStatistics(counts.Accepted, counts.Rejected, counts.Evaluations);
    }

    private static void IntegrateSegment<TSystem>(
        ref TSystem system, ref double t, double end, double[] work, int n, ReadOnlySpan<double> outputTimes, Span<double> output,
        ref int row, IntegrationOptions options, ref Counts counts, CancellationToken cancellationToken)
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
            var error = Attempt(ref system, t, tNew, h, work, n, rtol, atol);
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
            if (row < outputTimes.Length && outputTimes[row] <= tNew)
            {
                WriteDense(t, tNew, h, work, n, outputTimes, output, ref row);
            }

            y1.CopyTo(y);
            k7.CopyTo(k1);
            t = tNew;
            var next = Math.Min(controller.Accepted(h, error), options.MaxStep);
            h = lastRejected ? Math.Min(next, h) : next;
            lastRejected = false;
        }
    }

    /// <summary>One trial step from t to tNew: stages, fifth-order y1, FSAL stage k7 = f(tNew, y1); returns the scaled RMS error.</summary>
    private static double Attempt<TSystem>(ref TSystem system, double t, double tNew, double h, double[] work, int n, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        var y = work.AsSpan(0, n);
        var y1 = work.AsSpan(n, n);
        var s = work.AsSpan(2 * n, n);
        var k1 = work.AsSpan(3 * n, n);
        var k2 = work.AsSpan(4 * n, n);
        var k3 = work.AsSpan(5 * n, n);
        var k4 = work.AsSpan(6 * n, n);
        var k5 = work.AsSpan(7 * n, n);
        var k6 = work.AsSpan(8 * n, n);
        var k7 = work.AsSpan(9 * n, n);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * A21 * k1[i]);
        }

        system.Evaluate(t + (C2 * h), s, k2);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A31 * k1[i]) + (A32 * k2[i])));
        }

        system.Evaluate(t + (C3 * h), s, k3);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i])));
        }

        system.Evaluate(t + (C4 * h), s, k4);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i])));
        }

        system.Evaluate(t + (C5 * h), s, k5);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A61 * k1[i]) + (A62 * k2[i]) + (A63 * k3[i]) + (A64 * k4[i]) + (A65 * k5[i])));
        }

        // c6 = c7 = 1: both stages sit at the end of the step, which is tNew exactly for the last step of a segment.
        system.Evaluate(tNew, s, k6);
        for (var i = 0; i < n; i++)
        {
            y1[i] = y[i] + (h * ((B1 * k1[i]) + (B3 * k3[i]) + (B4 * k4[i]) + (B5 * k5[i]) + (B6 * k6[i])));
        }

        system.Evaluate(tNew, y1, k7);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = h * ((E1 * k1[i]) + (E3 * k3[i]) + (E4 * k4[i]) + (E5 * k5[i]) + (E6 * k6[i]) + (E7 * k7[i]));
            var sk = atol + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(y1[i])));
            sum += (e / sk) * (e / sk);
        }

        return Math.Sqrt(sum / n);
    }

    /// <summary>Writes every output time in (t, tNew] from the accepted step: y1 at tNew itself, the continuous extension inside.</summary>
    private static void WriteDense(
        double t, double tNew, double h, double[] work, int n, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row)
    {
        var y = work.AsSpan(0, n);
        var y1 = work.AsSpan(n, n);
        var k1 = work.AsSpan(3 * n, n);
        var r2 = work.AsSpan(10 * n, n);
        var r3 = work.AsSpan(11 * n, n);
        var r4 = work.AsSpan(12 * n, n);
        var r5 = work.AsSpan(13 * n, n);
        var k3 = work.AsSpan(5 * n, n);
        var k4 = work.AsSpan(6 * n, n);
        var k5 = work.AsSpan(7 * n, n);
        var k6 = work.AsSpan(8 * n, n);
        var k7 = work.AsSpan(9 * n, n);
        for (var i = 0; i < n; i++)
        {
            r2[i] = y1[i] - y[i];
            r3[i] = (h * k1[i]) - r2[i];
            r4[i] = r2[i] - (h * k7[i]) - r3[i];
            r5[i] = h * ((D1 * k1[i]) + (D3 * k3[i]) + (D4 * k4[i]) + (D5 * k5[i]) + (D6 * k6[i]) + (D7 * k7[i]));
        }

        for (; row < outputTimes.Length && outputTimes[row] <= tNew; row++)
        {
            var destination = output.Slice(row * n, n);
            if (outputTimes[row] == tNew)
            {
                y1.CopyTo(destination);
                continue;
            }

            var theta = (outputTimes[row] - t) / h;
            var theta1 = 1.0 - theta;
            for (var i = 0; i < n; i++)
            {
                destination[i] = y[i] + (theta * (r2[i] + (theta1 * (r3[i] + (theta * (r4[i] + (theta1 * r5[i])))))));
            }
        }
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

    private static void CheckOptions(IntegrationOptions options)
    {
        var rtol = options.RelativeTolerance;
        var atol = options.AbsoluteTolerance;
        if (!(rtol >= 0) || !(atol >= 0) || !double.IsFinite(rtol) || !double.IsFinite(atol) || rtol + atol == 0)
        {
            throw new ArgumentException(
                $"tolerances must be finite and non-negative and not both zero; rtol = {IntegrationPlan.Format(rtol)}, atol = {IntegrationPlan.Format(atol)}",
                nameof(options));
        }

        if (!(options.MaxStep > 0) || !(options.InitialStep >= 0) || !double.IsFinite(options.InitialStep))
        {
            throw new ArgumentException(
                $"MaxStep must be positive and InitialStep finite and non-negative; MaxStep = {IntegrationPlan.Format(options.MaxStep)}, " +
                $"InitialStep = {IntegrationPlan.Format(options.InitialStep)}",
                nameof(options));
        }
    }

    private struct Counts
    {
        public long Accepted;
        public long Rejected;
        public long Evaluations;
    }
}
