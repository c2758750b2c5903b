namespace TwinVal.Solvers.Oncology;

/// <summary>
/// The linear–quadratic model of cell kill by fractionated radiotherapy and its derived doses (Fowler 1989, Br J Radiol
/// 62:679, doi:10.1259/0007-1285-62-740-679; Joiner &amp; van der Kogel, Basic Clinical Radiobiology, 5th ed. 2018,
/// ch. 8): surviving fraction S = exp(−n·(α·d + β·d²)), biologically effective dose BED = n·d·(1 + d/(α/β)) and
/// equivalent dose in 2-Gy fractions EQD2 = BED/(1 + 2 Gy/(α/β)). Doses are in Gy, α in 1/Gy, β in 1/Gy², α/β in Gy.
/// Incomplete repair and repopulation during the course are not included.
/// </summary>
public static class LinearQuadratic
{
    /// <summary>Dose per fraction of the reference schedule EQD2 is expressed in, Gy.</summary>
    public const double ReferenceDosePerFraction = 2.0;

    /// <summary>Natural log of the surviving fraction after <paramref name="fractions"/> fractions of <paramref name="dosePerFraction"/> Gy: −n·(α·d + β·d²).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dose, α or β negative or not finite, or a negative number of fractions.</exception>
    public static double LogSurvivingFraction(double alpha, double beta, double dosePerFraction, int fractions = 1)
    {
        NonNegative(alpha, nameof(alpha));
        NonNegative(beta, nameof(beta));
        NonNegative(dosePerFraction, nameof(dosePerFraction));
        ArgumentOutOfRangeException.ThrowIfNegative(fractions);
        return -fractions * ((alpha * dosePerFraction) + (beta * dosePerFraction * dosePerFraction));
    }

    /// <summary>Surviving fraction exp(−n·(α·d + β·d²)) after <paramref name="fractions"/> fractions of <paramref name="dosePerFraction"/> Gy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="LogSurvivingFraction"/>.</exception>
    public static double SurvivingFraction(double alpha, double beta, double dosePerFraction, int fractions = 1) =>
        Math.Exp(LogSurvivingFraction(alpha, beta, dosePerFraction, fractions));

    /// <summary>Biologically effective dose n·d·(1 + d/(α/β)), Gy, of <paramref name="fractions"/> × <paramref name="dosePerFraction"/> Gy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite dose, α/β not positive, or a negative number of fractions.</exception>
    public static double BiologicallyEffectiveDose(int fractions, double dosePerFraction, double alphaBeta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractions);
        NonNegative(dosePerFraction, nameof(dosePerFraction));
        Positive(alphaBeta, nameof(alphaBeta));
        return fractions * dosePerFraction * (1.0 + (dosePerFraction / alphaBeta));
    }

    /// <summary>Equivalent dose in 2-Gy fractions BED/(1 + 2 Gy/(α/β)), Gy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="BiologicallyEffectiveDose"/>.</exception>
    public static double EquivalentDoseIn2GyFractions(int fractions, double dosePerFraction, double alphaBeta) =>
        BiologicallyEffectiveDose(fractions, dosePerFraction, alphaBeta) / (1.0 + (ReferenceDosePerFraction / alphaBeta));

    private static void NonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and non-negative");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || !(value > 0))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and positive");
        }
    }
}
