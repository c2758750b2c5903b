using TwinVal.Numerics.Kernels;

namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// The state of one <see cref="RungeKuttaChebyshev"/> integration (six buffers: four states, F₀, stage F) and the
/// step-size controller of Sommeijer, Shampine &amp; Verwer (1998, §4, doi:10.1016/S0377-0427(97)00219-7); the step loop
/// is <see cref="StabilizedRun"/>'s.
/// </summary>
internal sealed class ChebyshevRun(int n, IntegrationOptions options, ISpectralRadius spectralRadius)
    : StabilizedRun(6, n, options, spectralRadius)
{
    private readonly int maxStages = RungeKuttaChebyshev.MaxStagesFor(options.RelativeTolerance, options.AbsoluteTolerance);
    private double errOld;
    private double hOld;
    private bool started;

    /// <inheritdoc/>
    protected override string MethodName => "RKC";

    /// <inheritdoc/>
    protected override void ResetController() => (errOld, hOld, started) = (0.0, 0.0, false);

    /// <inheritdoc/>
    protected override int Stages(ref double h, double rho, out bool capped)
    {
        var stages = RungeKuttaChebyshev.StagesFor(h, rho);
        capped = stages > maxStages;
        if (capped)
        {
            // The largest step s_max stages keep stable (the inverse of StagesFor).
            stages = maxStages;
            h = ((stages * stages) - 1) / (1.54 * rho);
        }

        return stages;
    }

    /// <inheritdoc/>
    protected override int Take<TSystem>(ref TSystem system, double t, double h, int stages) =>
        ChebyshevStep.Take(ref system, t, h, stages, Work, N, Y0, F0, FNew);

    /// <inheritdoc/>
    protected override double AfterRejection(double h, double err) => 0.8 * h / Math.Cbrt(err);

    /// <inheritdoc/>
    protected override double AfterAcceptance(double h, double err)
    {
        // A zero error estimate (a linear solution) would divide by zero: floor it where it no longer matters.
        var e = Math.Max(err, 1e-10);
        var factor = started ? 0.8 * h * Math.Cbrt(errOld) / (hOld * Math.Pow(e, 2.0 / 3.0)) : 0.8 / Math.Cbrt(e);
        (errOld, hOld, started) = (e, h, true);
        return Math.Clamp(factor, 0.1, 10.0) * h;
    }

    /// <summary>The paper's starting step: h = 1/ρ at most, then 0.1/‖f'‖^{1/2} from a difference of f over one Euler step.</summary>
    protected override double FirstStep<TSystem>(ref TSystem system, double t, double hMax)
    {
        if (Options.InitialStep > 0)
        {
            return Math.Min(Options.InitialStep, hMax);
        }

        var rho = Bound(t);
        var h = rho * hMax > 1 ? 1 / rho : hMax;
        var y = Buffer(Y0);
        var f = Buffer(F0);
        var trial = Buffer((Y0 + 1) % 4);
        var fTrial = Buffer(FNew);
        for (var i = 0; i < N; i++)
        {
            trial[i] = y[i] + (h * f[i]);
        }

        system.Evaluate(t + h, trial, fTrial);
        Evaluations++;
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            var d = (fTrial[i] - f[i]) / (Options.AbsoluteTolerance + (Options.RelativeTolerance * Math.Abs(y[i])));
            sum += d * d;
        }

        var est = h * Math.Sqrt(sum / N);
        var hMin = 10 * 2.220446049250313e-16 * Math.Abs(t);
        return double.IsFinite(est) && 0.1 * h < hMax * Math.Sqrt(est) ? Math.Max(0.1 * h / Math.Sqrt(est), hMin) : hMax;
    }

    /// <summary>Weighted RMS of est = 0.8(y_n − y_{n+1}) + 0.4h(f_n + f_{n+1}), weights atol + rtol·max(|y_n|, |y_{n+1}|).</summary>
    protected override double ErrorNorm(double h, int stages, int ys)
    {
        var y = Buffer(Y0);
        var yNew = Buffer(ys);
        var estimate = new ChebyshevErrorEstimate(y, yNew, Buffer(F0), Buffer(FNew), h);
        var sum = WeightedRms.SumOfSquares(y, yNew, Options.RelativeTolerance, Options.AbsoluteTolerance, ref estimate);
        return Math.Sqrt(sum / N);
    }
}
