using System.Collections.Immutable;

namespace TwinVal.Harness.Reporting;

/// <summary>
/// The refinement ladder behind one convergence check, kept as data (not only as check-message text) so that reports
/// can plot it: every level's (h, φ) and the study's observed order, Richardson extrapolation, GCI and asymptotic ratio
/// (Celik et al. 2008, doi:10.1115/1.2960953). NaN where the study could not define a number.
/// </summary>
/// <param name="CheckId">The convergence check's id in case.yaml.</param>
/// <param name="Variable">Variable the quantity of interest is taken from.</param>
/// <param name="Qoi">Quantity of interest, kebab case (for example <c>value-at-time</c>).</param>
/// <param name="HName">What h is: <c>h</c> (a time step) or <c>rtol</c>.</param>
/// <param name="HUnit">Unit of h (<c>s</c> for a step, <c>1</c> for rtol).</param>
/// <param name="PhiUnit">Unit of φ.</param>
/// <param name="Levels">The levels, finest (smallest h) first.</param>
/// <param name="Behaviour">Convergence behaviour, kebab case (for example <c>monotonic-convergence</c>).</param>
/// <param name="ExpectedOrder">The order the case expects, or null when only the GCI is judged.</param>
/// <param name="ObservedOrder">Observed order p from the three finest levels (NaN with two levels).</param>
/// <param name="OrderUsed">Order used for extrapolation and GCI (observed, or assumed with two levels).</param>
/// <param name="ExtrapolatedValue">Richardson-extrapolated φ_ext21.</param>
/// <param name="GciFine">GCI_fine21, a fraction.</param>
/// <param name="AsymptoticRatio">GCI_fine32 / (r21^p·GCI_fine21); ≈ 1 in the asymptotic range.</param>
public sealed record LadderRecord(
    string CheckId,
    string Variable,
    string Qoi,
    string HName,
    string HUnit,
    string PhiUnit,
    ImmutableArray<LadderLevel> Levels,
    string Behaviour,
    double? ExpectedOrder,
    double ObservedOrder,
    double OrderUsed,
    double ExtrapolatedValue,
    double GciFine,
    double AsymptoticRatio);
