using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The state of one <see cref="Rock4"/> integration (<see cref="Rock4Step.Slots"/> buffers) and Gustafsson's predictive
/// controller with q = 4 (the embedded estimate is third order, so the local error estimate scales like h⁴); the step
/// loop is <see cref="StabilizedRun"/>'s. A stage count s means the polynomial degree s − 4 plus the four finishing stages.
/// </summary>
internal sealed class Rock4Run(int n, IntegrationOptions options, ISpectralRadius spectralRadius)
    : StabilizedRun(Rock4Step.Slots, n, options, spectralRadius)
{
    private PredictiveStepController controller;

    /// <inheritdoc/>
    protected override string MethodName => "ROCK4";

    /// <inheritdoc/>
    protected override void ResetController() => controller.Reset();

    /// <inheritdoc/>
    protected override int Stages(ref double h, double rho, out bool capped)
    {
        var degree = Rock4.DegreeFor(h, rho);
        capped = degree > Rock4Coefficients.MaxDegree;
        if (capped)
        {
            // The largest step the 20-stage polynomial keeps stable.
            degree = Rock4Coefficients.MaxDegree;
            h = Rock4.StabilityBound(degree + Rock4Coefficients.FinishingStages) / rho;
        }

        return degree + Rock4Coefficients.FinishingStages;
    }

    /// <inheritdoc/>
    protected override int Take<TSystem>(ref TSystem system, double t, double h, int stages) =>
        Rock4Step.Take(ref system, t, h, stages - Rock4Coefficients.FinishingStages, Work, N, Y0, F0);

    /// <inheritdoc/>
    protected override double AfterRejection(double h, double err) => PredictiveStepController.Rejected(h, err);

    /// <inheritdoc/>
    protected override double AfterAcceptance(double h, double err) => controller.Accepted(h, err);

    /// <summary>Hairer's starting step (one evaluation), capped by what the largest polynomial keeps stable.</summary>
    protected override double FirstStep<TSystem>(ref TSystem system, double t, double hMax)
    {
        if (Options.InitialStep > 0)
        {
            return Math.Min(Options.InitialStep, hMax);
        }

        var rho = Bound(t);
        var stable = rho > 0 ? Rock4.StabilityBound(Rock4Coefficients.MaxDegree + Rock4Coefficients.FinishingStages) / rho : hMax;
        Evaluations++;
        return InitialStep.Estimate(
            ref system, t, State, Buffer(F0), Math.Min(hMax, stable), Options.RelativeTolerance, Options.AbsoluteTolerance,
            Buffer((Y0 + 1) % 4), Buffer(FNew));
    }

    /// <summary>
    /// Weighted RMS of y_(n+1) − ŷ_(n+1) = hΣ(b_k − b̂_k)K_k − h·b̂₅·f(y_(n+1)), weights atol + rtol·max(|y_n|, |y_(n+1)|).
    /// </summary>
    protected override double ErrorNorm(double h, int stages, int ys)
    {
        var degree = stages - Rock4Coefficients.FinishingStages;
        var estimate = new Rock4ErrorEstimate(
            Buffer(Rock4Step.FirstK), Buffer(Rock4Step.FirstK + 1), Buffer(Rock4Step.FirstK + 2), Buffer(Rock4Step.FirstK + 3), Buffer(FNew), h,
            Rock4Coefficients.FinishingB.Slice((degree - 1) * 4, 4), Rock4Coefficients.EmbeddedB.Slice((degree - 1) * 5, 5));
        var sum = WeightedRms.SumOfSquares(Buffer(Y0), Buffer(ys), Options.RelativeTolerance, Options.AbsoluteTolerance, ref estimate);
        return Math.Sqrt(sum / N);
    }
}
