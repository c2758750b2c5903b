namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The step loop RKC and ROCK4 share: stretch the last step of a segment, pick the stage count from the spectral bound
/// (shortening the step when the method's largest stage count cannot keep it stable), take the step, retry non-finite
/// steps ten times smaller, reject on error, write output by the cubic Hermite interpolant, rotate buffers. Work-array
/// buffers 0–3 hold states (indices rotate, nothing is copied between steps), 4 and 5 the derivatives F₀ and f(y_(n+1));
/// a method may keep more buffers after them. The stage rule, the step, its error estimate and the step-size controller
/// are the method's.
/// </summary>
internal abstract class StabilizedRun : IStabilizedRun
{
    // The last step of a segment is stretched by up to 10 % rather than leave a sliver (RKC's rule, Sommeijer et al. 1998).
    private const double LastStepStretch = 1.1;

    // As DormandPrince54: a trial step with non-finite stages is retried ten times smaller, ten times at most.
    private const int NonFiniteRetries = 10;

    private readonly double[] work;
    private int y0;
    private int f0 = 4;
    private int fNew = 5;

    /// <summary>Allocates <paramref name="buffers"/> (at least 6) buffers of <paramref name="n"/> values.</summary>
    protected StabilizedRun(int buffers, int n, IntegrationOptions options, ISpectralRadius spectralRadius)
    {
        work = new double[buffers * n];
        N = n;
        Options = options;
        SpectralRadius = spectralRadius;
    }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    public long Evaluations { get; protected set; }

    public Span<double> State => Buffer(y0);

    /// <summary>Dimension.</summary>
    protected int N { get; }

    /// <summary>Tolerances and limits.</summary>
    protected IntegrationOptions Options { get; }

    /// <summary>The caller's spectral-radius bound.</summary>
    protected ISpectralRadius SpectralRadius { get; }

    /// <summary>The work array the step kernels address by buffer index.</summary>
    protected double[] Work => work;

    /// <summary>Buffer of F₀ = f(t_n, y_n).</summary>
    protected int F0 => f0;

    /// <summary>Buffer of f(t_(n+1), y_(n+1)) after a trial step (scratch before it).</summary>
    protected int FNew => fNew;

    /// <summary>Buffer of y_n.</summary>
    protected int Y0 => y0;

    /// <summary>Method name in messages ("RKC", "ROCK4").</summary>
    protected abstract string MethodName { get; }

    /// <summary>Integrates from <paramref name="t"/> to <paramref name="end"/> (a restart: f re-evaluated, controller reset).</summary>
    public void Segment<TSystem>(
        ref TSystem system, ref double t, double end, ReadOnlySpan<double> outputTimes, Span<double> output, ref int row, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        StabilizedChecks.StartSegment(ref system, t, end, State, Buffer(f0));
        Evaluations++;
        var h = FirstStep(ref system, t, Math.Min(Options.MaxStep, end - t));
        ResetController();
        var nonFinite = 0;
        while (t < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StabilizedChecks.StepBudget(Accepted + Rejected, Options, t);
            var last = t + (LastStepStretch * h) >= end;
            h = last ? end - t : h;
            var rho = Bound(t);
            var stages = Stages(ref h, rho, out var capped);
            last &= !capped;
            var hMin = 10 * 2.220446049250313e-16 * Math.Max(Math.Abs(t), Math.Abs(t + h));
            if (!(h >= hMin) || h == 0.0)
            {
                throw nonFinite > 0
                    ? StabilizedChecks.NonFinite(t, h, Buffer(fNew))
                    : new IntegrationException(
                        IntegrationFailure.StepSizeUnderflow, t,
                        $"step size underflow at t = {IntegrationPlan.Format(t)} (h = {IntegrationPlan.Format(h)}, {stages} stages, spectral radius bound {IntegrationPlan.Format(rho)})");
            }

            var tNew = last ? end : t + h;
            var ys = Take(ref system, t, h, stages);
            system.Evaluate(tNew, Buffer(ys), Buffer(fNew));
            Evaluations += stages;
            var err = ErrorNorm(h, stages, ys);
            if (!double.IsFinite(err))
            {
                Rejected++;
                if (++nonFinite > NonFiniteRetries)
                {
                    throw StabilizedChecks.NonFinite(t, h, Buffer(ys));
                }

                h *= 0.1;
                continue;
            }

            nonFinite = 0;
            if (err > 1.0)
            {
                Rejected++;
                h = AfterRejection(h, err);
                continue;
            }

            Accepted++;
            HermiteOutput.Fill(t, tNew, Buffer(y0), Buffer(f0), Buffer(ys), Buffer(fNew), outputTimes, output, ref row);
            t = tNew;
            y0 = ys;
            (f0, fNew) = (fNew, f0);
            h = Math.Min(AfterAcceptance(h, err), Options.MaxStep);
        }
    }

    /// <summary>The n values of buffer <paramref name="index"/>.</summary>
    protected Span<double> Buffer(int index) => work.AsSpan(index * N, N);

    /// <summary>The spectral-radius bound at (t, y_n), checked.</summary>
    protected double Bound(double t) => StabilizedChecks.Bound(SpectralRadius, t, State, MethodName);

    /// <summary>The first step of a segment (at most <paramref name="hMax"/>), honouring <see cref="IntegrationOptions.InitialStep"/>.</summary>
    protected abstract double FirstStep<TSystem>(ref TSystem system, double t, double hMax)
        where TSystem : IOdeSystem;

    /// <summary>Resets the step-size controller's memory at the start of a segment.</summary>
    protected abstract void ResetController();

    /// <summary>
    /// Stages for a step of <paramref name="h"/> against bound <paramref name="rho"/>; beyond the method's largest stage
    /// count, that count, with <paramref name="h"/> shortened to what it keeps stable and <paramref name="capped"/> set.
    /// </summary>
    protected abstract int Stages(ref double h, double rho, out bool capped);

    /// <summary>One trial step from (t, y_n) with the given stage count; returns the state buffer (0–3) holding y_(n+1).</summary>
    protected abstract int Take<TSystem>(ref TSystem system, double t, double h, int stages)
        where TSystem : IOdeSystem;

    /// <summary>Scaled RMS of the local error estimate of the trial step (f(y_(n+1)) is in <see cref="FNew"/>).</summary>
    protected abstract double ErrorNorm(double h, int stages, int ys);

    /// <summary>The retry step after a rejected one with scaled error <paramref name="err"/> &gt; 1.</summary>
    protected abstract double AfterRejection(double h, double err);

    /// <summary>The next step after an accepted one with scaled error <paramref name="err"/> ≤ 1.</summary>
    protected abstract double AfterAcceptance(double h, double err);
}
