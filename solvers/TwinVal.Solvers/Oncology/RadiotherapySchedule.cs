using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// A fractionated radiotherapy course as the linear–quadratic solvers apply it: fraction times in the model's time
/// unit and the surviving fraction S = exp(−(α·d + β·d²)) each fraction multiplies the tumour volume by.
/// </summary>
/// <param name="Times">Fraction times, ascending, in the model's internal time unit.</param>
/// <param name="SurvivingFraction">Surviving fraction of one fraction.</param>
/// <param name="DosePerFraction">Dose of each fraction, Gy.</param>
/// <param name="AlphaBeta">The tumour's α/β, Gy (+∞ when β = 0: no quadratic kill).</param>
internal sealed record RadiotherapySchedule(ImmutableArray<double> Times, double SurvivingFraction, double DosePerFraction, double AlphaBeta)
{
    /// <summary>Case parameters that declare the schedule (besides the growth law's own).</summary>
    public static readonly ImmutableArray<string> ParameterNames =
        ["lq_alpha", "lq_beta", "fraction_dose", "fraction_count", "first_fraction", "fraction_interval", "fractions_per_week"];

    private static readonly Unit PerGray = Unit.Parse("1/Gy");
    private static readonly Unit PerGraySquared = Unit.Parse("1/Gy^2");
    private static readonly Unit Gray = Unit.Parse("Gy");
    private static readonly Unit Dimensionless = Unit.Parse("1");
    private static readonly Unit Week = Unit.Parse("week");

    /// <summary>
    /// Reads the schedule: <c>fraction_count</c> fractions of <c>fraction_dose</c>, the first at <c>first_fraction</c>,
    /// then every <c>fraction_interval</c>, in blocks of <c>fractions_per_week</c> per calendar week: fraction k
    /// (0-based) is at first_fraction + ⌊k/m⌋·7 days + (k mod m)·fraction_interval, m = fractions_per_week. Five per
    /// week at 1-day intervals is the Monday-to-Friday schedule; seven per week is daily treatment.
    /// </summary>
    /// <exception cref="SolverException">A parameter is missing, in the wrong unit, out of range, or not a whole number where one is needed.</exception>
    public static RadiotherapySchedule From(SolveRequest request, Unit timeUnit)
    {
        var alpha = RequestReader.Parameter(request, "lq_alpha", PerGray, positive: false);
        var beta = RequestReader.Parameter(request, "lq_beta", PerGraySquared, positive: false);
        var dose = RequestReader.Parameter(request, "fraction_dose", Gray);
        var count = WholeNumber(request, "fraction_count", 0, 10_000);
        var perWeek = WholeNumber(request, "fractions_per_week", 1, 7);
        var first = RequestReader.Parameter(request, "first_fraction", timeUnit, positive: false);
        var interval = RequestReader.Parameter(request, "fraction_interval", timeUnit);
        var week = Week.FactorTo(timeUnit);
        if (alpha < 0 || beta < 0)
        {
            throw new SolverException($"case '{request.CaseId}': lq_alpha = {alpha:R} /Gy and lq_beta = {beta:R} /Gy² must not be negative");
        }

        // A week's block must end before the next one starts, or fractions would be applied out of order.
        if ((perWeek - 1) * interval >= week)
        {
            throw new SolverException(
                $"case '{request.CaseId}': {perWeek} fractions per week at an interval of {request.Parameter("fraction_interval").Quantity} " +
                "do not fit in one week; (fractions_per_week − 1)·fraction_interval must be shorter than 7 days");
        }

        var times = Enumerable.Range(0, count).Select(k => first + ((k / perWeek) * week) + ((k % perWeek) * interval));
        return new RadiotherapySchedule([.. times], LinearQuadratic.SurvivingFraction(alpha, beta, dose), dose, alpha / beta);
    }

    /// <summary>Fractions given at or before <paramref name="time"/> (right-continuous, as the volume is).</summary>
    public int CountUpTo(double time)
    {
        var count = 0;
        while (count < Times.Length && Times[count] <= time)
        {
            count++;
        }

        return count;
    }

    private static int WholeNumber(SolveRequest request, string name, int min, int max)
    {
        var value = RequestReader.Parameter(request, name, Dimensionless, positive: false);
        return value >= min && value <= max && Math.Round(value) == value
            ? (int)value
            : throw new SolverException(
                $"case '{request.CaseId}': parameter '{name}' = {request.Parameter(name).Quantity} must be a whole number from {min} to {max}");
    }
}
