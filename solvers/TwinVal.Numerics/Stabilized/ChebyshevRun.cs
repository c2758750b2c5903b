using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The state of one <see cref="RungeKuttaChebyshev"/> integration: work buffers (indices rotate, nothing is copied
/// between steps), counters and the step-size controller of Sommeijer, Shampine &amp; Verwer (1998, §4,
/// doi:10.1016/S0377-0427(97)00219-7).
/// </summary>
internal sealed class ChebyshevRun : IStabilizedRun
{
    // The last step of a segment is stretched by up to 10 % rather than leave a sliver (the paper's rule).
    private const double LastStepStretch = 1.1;

    private readonly double[] work;
    private readonly int n;
    private readonly IntegrationOptions options;
    private readonly ISpectralRadius spectralRadius;
    private readonly int maxStages;
    private int y0;
    private int f0 = 4;
    private int fStage = 5;

    public ChebyshevRun(double[] work, int n, IntegrationOptions options, ISpectralRadius spectralRadius)
    {
        this.work = work;
        this.n = n;
        this.options = options;
        this.spectralRadius = spectralRadius;
        maxStages = RungeKuttaChebyshev.MaxStagesFor(options.RelativeTolerance, options.AbsoluteTolerance);
    }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    public long Evaluations { get; private set; }

    /// <summary>The current state y_n.</summary>
    public Span<double> State => Buffer(y0);

    /// <summary>Integrates from <paramref name="t"/> to <paramref name="end"/> (a restart: f re-evaluated, controller reset).</summary>
    public void Segment<TSystem>(
        ref TSystem system, ref double t, double end, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        StabilizedChecks.StartSegment(ref system, t, end, State, Buffer(f0));
        Evaluations++;

        var hMax = Math.Min(options.MaxStep, end - t);
        var h = options.InitialStep > 0
            ? Math.Min(options.InitialStep, hMax)
            : InitialStep(ref system, t, hMax, RungeKuttaChebyshev.Bound(spectralRadius, t, State));
        var (errOld, hOld, started, nonFinite) = (0.0, 0.0, false, 0);
        while (t < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StabilizedChecks.StepBudget(Accepted + Rejected, options, t);

            var last = t + (LastStepStretch * h) >= end;
            h = last ? end - t : h;
            var rho = RungeKuttaChebyshev.Bound(spectralRadius, t, State);
            var stages = RungeKuttaChebyshev.StagesFor(h, rho);
            if (stages > maxStages)
            {
                // The largest step s_max stages keep stable (the inverse of StagesFor).
                stages = maxStages;
                h = ((stages * stages) - 1) / (1.54 * rho);
                last = false;
            }

            var hMin = 10 * 2.220446049250313e-16 * Math.Max(Math.Abs(t), Math.Abs(t + h));
            if (!(h >= hMin) || h == 0.0)
            {
                throw nonFinite > 0
                    ? RungeKuttaChebyshev.NonFinite(t, h, Buffer(fStage))
                    : new IntegrationException(
                        IntegrationFailure.StepSizeUnderflow, t,
                        $"step size underflow at t = {IntegrationPlan.Format(t)} (h = {IntegrationPlan.Format(h)}, {stages} stages, spectral radius bound {IntegrationPlan.Format(rho)})");
            }

            var tNew = last ? end : t + h;
            var ys = ChebyshevStep.Take(ref system, t, h, stages, work, n, y0, f0, fStage);
            system.Evaluate(tNew, Buffer(ys), Buffer(fStage));
            Evaluations += stages;
            var err = ErrorNorm(h, Buffer(y0), Buffer(ys), Buffer(f0), Buffer(fStage));
            if (!double.IsFinite(err))
            {
                Rejected++;
                if (++nonFinite > 10)
                {
                    throw RungeKuttaChebyshev.NonFinite(t, h, Buffer(ys));
                }

                h *= 0.1;
                continue;
            }

            nonFinite = 0;
            if (err > 1.0)
            {
                Rejected++;
                h = 0.8 * h / Math.Cbrt(err);
                continue;
            }

            Accepted++;
            HermiteOutput.Fill(t, tNew, Buffer(y0), Buffer(f0), Buffer(ys), Buffer(fStage), outputTimes, output, ref row);
            t = tNew;
            y0 = ys;
            (f0, fStage) = (fStage, f0);

            // A zero error estimate (a linear solution) would divide by zero: floor it where it no longer matters.
            var e = Math.Max(err, 1e-10);
            var factor = started ? 0.8 * h * Math.Cbrt(errOld) / (hOld * Math.Pow(e, 2.0 / 3.0)) : 0.8 / Math.Cbrt(e);
            (errOld, hOld, started) = (e, h, true);
            h = Math.Min(Math.Clamp(factor, 0.1, 10.0) * h, options.MaxStep);
        }
    }

    private Span<double> Buffer(int index) => work.AsSpan(index * n, n);

    /// <summary>The paper's starting step: h = 1/ρ at most, then 0.1/‖f'‖^{1/2} from a difference of f over one Euler step.</summary>
    private double InitialStep<TSystem>(ref TSystem system, double t, double hMax, double rho)
        where TSystem : IOdeSystem
    {
        var h = rho * hMax > 1 ? 1 / rho : hMax;
        var y = Buffer(y0);
        var f = Buffer(f0);
        var trial = Buffer((y0 + 1) % 4);
        var fTrial = Buffer(fStage);
        for (var i = 0; i < n; i++)
        {
            trial[i] = y[i] + (h * f[i]);
        }

        system.Evaluate(t + h, trial, fTrial);
        Evaluations++;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = (fTrial[i] - f[i]) / (options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(y[i])));
            sum += d * d;
        }

        var est = h * Math.Sqrt(sum / n);
        var hMin = 10 * 2.220446049250313e-16 * Math.Abs(t);
        return double.IsFinite(est) && 0.1 * h < hMax * Math.Sqrt(est) ? Math.Max(0.1 * h / Math.Sqrt(est), hMin) : hMax;
    }

    /// <summary>Weighted RMS of est = 0.8(y_n − y_{n+1}) + 0.4h(f_n + f_{n+1}), weights atol + rtol·max(|y_n|, |y_{n+1}|).</summary>
    private double ErrorNorm(double h, ReadOnlySpan<double> y, ReadOnlySpan<double> yNew, ReadOnlySpan<double> f, ReadOnlySpan<double> fNew)
    {
        var estimate = new ChebyshevErrorEstimate(y, yNew, f, fNew, h);
        var sum = WeightedRms.SumOfSquares(y, yNew, options.RelativeTolerance, options.AbsoluteTolerance, ref estimate);
        return Math.Sqrt(sum / y.Length);
    }
}
