namespace TwinVal.Numerics;

/// <summary>
/// Gustafsson's predictive step-size controller as used in Hairer &amp; Wanner's RODAS (Solving ODEs II, §IV.8, eq. 8.21;
/// Gustafsson 1994, ACM TOMS 20:496, doi:10.1145/198429.198437): after an accepted step the new step is the smaller
/// of the classical proposal h·err^−1/q and the predictive one h²/h_prev·(err_prev/err²)^1/q, which damps the step-size
/// oscillations that stiff problems provoke.
/// </summary>
internal struct PredictiveStepController
{
    // q = 4: the local error of the order-3 estimate of a fourth-order method scales like h⁴.
    private const double Exponent = 0.25;

    // Hairer's RODAS defaults: safety 0.9; the step shrinks at most 5× and grows at most 6× at once.
    private const double Safety = 0.9;
    private const double MaxShrink = 5.0;
    private const double MaxGrowth = 6.0;

    // Floor on the remembered error (RODAS uses 1e-2) so that one lucky step cannot make the prediction explode.
    private const double ErrorFloor = 1e-2;

    private bool first;
    private double previousStep;
    private double previousError;

    /// <summary>Forgets the history (at the start and after every restart at a stop time).</summary>
    public void Reset() => first = true;

    /// <summary>Next step after accepting a step of size <paramref name="h"/> with scaled error <paramref name="error"/> ≤ 1.</summary>
    public double Accepted(double h, double error)
    {
        var factor = Math.Clamp(Math.Pow(error, Exponent) / Safety, 1.0 / MaxGrowth, MaxShrink);
        if (!first)
        {
            var predictive = previousStep / h * Math.Pow(error * error / previousError, Exponent) / Safety;
            factor = Math.Max(factor, Math.Clamp(predictive, 1.0 / MaxGrowth, MaxShrink));
        }

        first = false;
        previousStep = h;
        previousError = Math.Max(ErrorFloor, error);
        return h / factor;
    }

    /// <summary>Retry step after rejecting a step of size <paramref name="h"/> with scaled error <paramref name="error"/> &gt; 1.</summary>
    public static double Rejected(double h, double error) => h / Math.Clamp(Math.Pow(error, Exponent) / Safety, 1.0, MaxShrink);
}
