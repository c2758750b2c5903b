namespace TwinVal.Numerics;

/// <summary>
/// The PI step-size controller of Hairer's DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I, §II.4, eq. 4.13 and the
/// stabilised variant of Gustafsson 1991 used in the code): h_new = h · safety · err^−α · err_prev^β.
/// </summary>
internal struct PiStepController
{
    // Hairer's defaults: β = 0.04 stabilises the step sequence; α = 1/5 − 0.75β for a method of order 5 (error
    // estimate of order 4); safety 0.9 makes the next step likely to pass; the new step stays within [h/5, 10h] so that
    // one odd error estimate cannot change the step by more than an order of magnitude.
    private const double Beta = 0.04;
    private const double Alpha = 0.2 - (Beta * 0.75);
    private const double Safety = 0.9;
    private const double MaxShrink = 5.0;
    private const double MaxGrowth = 10.0;

    // Hairer starts and floors the previous error at 1e-4 so that a near-zero error cannot make the I term explode.
    private const double ErrorFloor = 1e-4;

    private double previousError;

    /// <summary>Forgets the history (at the start and after every restart at a stop time).</summary>
    public void Reset() => previousError = ErrorFloor;

    /// <summary>Next step after accepting a step of size <paramref name="h"/> with scaled error <paramref name="error"/> ≤ 1.</summary>
    public double Accepted(double h, double error)
    {
        var factor = Math.Pow(error, Alpha) / Math.Pow(previousError, Beta) / Safety;
        factor = Math.Clamp(factor, 1.0 / MaxGrowth, MaxShrink);
        previousError = Math.Max(error, ErrorFloor);
        return h / factor;
    }

    /// <summary>Retry step after rejecting a step of size <paramref name="h"/> with scaled error <paramref name="error"/> &gt; 1.</summary>
    public static double Rejected(double h, double error) => h / Math.Min(MaxShrink, Math.Pow(error, Alpha) / Safety);
}
