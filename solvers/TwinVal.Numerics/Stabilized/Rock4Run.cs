namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The state of one <see cref="Rock4"/> integration: one work array of <see cref="Rock4Step.Slots"/>·n values (buffer
/// indices rotate, nothing is copied between steps), counters, and Gustafsson's predictive controller with q = 4 (the
/// embedded estimate is third order, so the local error estimate scales like h⁴).
/// </summary>
internal sealed class Rock4Run : IStabilizedRun
{
    // As RKC: the last step of a segment is stretched by up to 10 % rather than leave a sliver.
    private const double LastStepStretch = 1.1;

    // As DormandPrince54 and RKC: a trial step with non-finite stages is retried ten times smaller, ten times at most.
    private const int NonFiniteRetries = 10;

    private readonly double[] work;
    private readonly int n;
    private readonly IntegrationOptions options;
    private readonly ISpectralRadius spectralRadius;
    private PredictiveStepController controller;
    private int y0;
    private int f0 = 4;
    private int fNew = 5;

    public Rock4Run(int n, IntegrationOptions options, ISpectralRadius spectralRadius)
    {
        work = new double[Rock4Step.Slots * n];
        this.n = n;
        this.options = options;
        this.spectralRadius = spectralRadius;
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
        var h = FirstStep(ref system, t, Math.Min(options.MaxStep, end - t));
        controller.Reset();
        var nonFinite = 0;
        while (t < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StabilizedChecks.StepBudget(Accepted + Rejected, options, t);
            var last = t + (LastStepStretch * h) >= end;
            h = last ? end - t : h;
            var rho = Rock4.Bound(spectralRadius, t, State);
            var degree = Rock4.DegreeFor(h, rho);
            if (degree > Rock4Coefficients.MaxDegree)
            {
                // The largest step the 20-stage polynomial keeps stable.
                degree = Rock4Coefficients.MaxDegree;
                h = Rock4.StabilityBound(degree + Rock4Coefficients.FinishingStages) / rho;
                last = false;
            }

            var hMin = 10 * 2.220446049250313e-16 * Math.Max(Math.Abs(t), Math.Abs(t + h));
            if (!(h >= hMin) || h == 0.0)
            {
                throw nonFinite > 0
                    ? StabilizedChecks.NonFinite(t, h, Buffer(fNew))
                    : new IntegrationException(
                        IntegrationFailure.StepSizeUnderflow, t,
                        $"step size underflow at t = {IntegrationPlan.Format(t)} (h = {IntegrationPlan.Format(h)}, {degree + 4} stages, spectral radius bound {IntegrationPlan.Format(rho)})");
            }

            var tNew = last ? end : t + h;
            var ys = Rock4Step.Take(ref system, t, h, degree, work, n, y0, f0);
            system.Evaluate(tNew, Buffer(ys), Buffer(fNew));
            Evaluations += degree + Rock4Coefficients.FinishingStages;
            var err = ErrorNorm(h, degree, Buffer(y0), Buffer(ys));
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
                h = PredictiveStepController.Rejected(h, err);
                continue;
            }

            Accepted++;
            HermiteOutput.Fill(t, tNew, Buffer(y0), Buffer(f0), Buffer(ys), Buffer(fNew), outputTimes, output, ref row);
            t = tNew;
            y0 = ys;
            (f0, fNew) = (fNew, f0);
            h = Math.Min(controller.Accepted(h, err), options.MaxStep);
        }
    }

    private Span<double> Buffer(int index) => work.AsSpan(index * n, n);

    /// <summary>Hairer's starting step (one evaluation), capped by what the largest polynomial keeps stable.</summary>
    private double FirstStep<TSystem>(ref TSystem system, double t, double hMax)
        where TSystem : IOdeSystem
    {
        if (options.InitialStep > 0)
        {
            return Math.Min(options.InitialStep, hMax);
        }

        var rho = Rock4.Bound(spectralRadius, t, State);
        var stable = rho > 0 ? Rock4.StabilityBound(Rock4Coefficients.MaxDegree + Rock4Coefficients.FinishingStages) / rho : hMax;
        Evaluations++;
        return InitialStep.Estimate(
            ref system, t, State, Buffer(f0), Math.Min(hMax, stable), options.RelativeTolerance, options.AbsoluteTolerance,
            Buffer((y0 + 1) % 4), Buffer(fNew));
    }

    /// <summary>
    /// Weighted RMS of y_(n+1) − ŷ_(n+1) = hΣ(b_k − b̂_k)K_k − h·b̂₅·f(y_(n+1)), weights atol + rtol·max(|y_n|, |y_(n+1)|).
    /// </summary>
    private double ErrorNorm(double h, int degree, ReadOnlySpan<double> y, ReadOnlySpan<double> yNew)
    {
        var b = Rock4Coefficients.FinishingB.Slice((degree - 1) * 4, 4);
        var e = Rock4Coefficients.EmbeddedB.Slice((degree - 1) * 5, 5);
        var (d1, d2, d3, d4, d5) = (h * (b[0] - e[0]), h * (b[1] - e[1]), h * (b[2] - e[2]), h * (b[3] - e[3]), -h * e[4]);
        var k1 = Buffer(Rock4Step.FirstK);
        var k2 = Buffer(Rock4Step.FirstK + 1);
        var k3 = Buffer(Rock4Step.FirstK + 2);
        var k4 = Buffer(Rock4Step.FirstK + 3);
        var f = Buffer(fNew);
        var (rtol, atol) = (options.RelativeTolerance, options.AbsoluteTolerance);
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var est = (d1 * k1[i]) + (d2 * k2[i]) + (d3 * k3[i]) + (d4 * k4[i]) + (d5 * f[i]);
            var d = est / (atol + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i]))));
            sum += d * d;
        }

        return Math.Sqrt(sum / y.Length);
    }
}
