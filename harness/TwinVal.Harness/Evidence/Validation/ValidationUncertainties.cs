namespace TwinVal.Harness.Evidence.Validation;

/// <summary>The three standard uncertainties of ASME V&amp;V 20-2009 (all in the unit of the quantity compared, all ≥ 0).</summary>
/// <param name="Numerical">u_num: numerical (discretization, iteration, round-off) standard uncertainty of the simulation.</param>
/// <param name="Input">u_input: standard uncertainty of the simulation from its uncertain inputs (for example a propagation's SD).</param>
/// <param name="Data">u_D: standard uncertainty of the experimental or clinical value.</param>
public sealed record ValidationUncertainties(double Numerical, double Input, double Data)
{
    /// <summary>u_val = √(u_num² + u_input² + u_D²) (V&amp;V 20 eq. 2-5.5, independent sources), computed without overflow.</summary>
    public double Combined => Hypot(Hypot(Numerical, Input), Data);

    private static double Hypot(double a, double b)
    {
        // Scaling by the larger magnitude keeps the squares of large or tiny uncertainties representable.
        var max = Math.Max(Math.Abs(a), Math.Abs(b));
        if (max == 0)
        {
            return 0;
        }

        var (x, y) = (a / max, b / max);
        return max * Math.Sqrt((x * x) + (y * y));
    }
}
