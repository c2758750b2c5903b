using System.Collections.Immutable;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>
/// The result of a solution-verification study (Celik et al. 2008, doi:10.1115/1.2960953): every intermediate number of
/// the procedure, the behaviour of the ladder, and the judged checks. Subscripts follow the paper: 1 is the finest level.
/// </summary>
/// <param name="Levels">The ladder, finest first.</param>
/// <param name="Behaviour">Convergence behaviour over the three finest levels.</param>
/// <param name="R21">Refinement ratio h2/h1 (NaN when the ladder could not be read).</param>
/// <param name="R32">Refinement ratio h3/h2 (NaN with fewer than three levels).</param>
/// <param name="Epsilon21">ε21 = φ2 − φ1.</param>
/// <param name="Epsilon32">ε32 = φ3 − φ2 (NaN with fewer than three levels).</param>
/// <param name="ObservedOrder">Apparent order p from the three finest levels (eqs. 3a–3c); negative when diverging; NaN when undefined.</param>
/// <param name="OrderIterations">Iterations the order solver used (0 for constant r or an assumed order).</param>
/// <param name="OrderMethod"><c>fixed-point</c> (Celik eq. 3), <c>bisection</c> (fallback), <c>assumed</c> (two levels) or <c>none</c>.</param>
/// <param name="LeastSquares">Least-squares order over the whole ladder (exact value known, or more than three levels), else null.</param>
/// <param name="OrderUsed">The order used for extrapolation and GCI: the observed order, or the assumed one with two levels.</param>
/// <param name="SafetyFactor">Fs: 1.25 with three or more levels, 3.0 with two.</param>
/// <param name="ExtrapolatedValue">Richardson-extrapolated φ_ext21 (eq. 4a).</param>
/// <param name="ExtrapolatedValue32">Richardson-extrapolated φ_ext32 from levels 2 and 3.</param>
/// <param name="ApproximateRelativeError">e_a21 = |(φ1 − φ2)/φ1| (eq. 5a).</param>
/// <param name="ExtrapolatedRelativeError">e_ext21 = |(φ_ext21 − φ1)/φ_ext21| (eq. 5b).</param>
/// <param name="GciFine">GCI_fine21 = Fs·e_a21/(r21^p − 1) (eq. 5c), a fraction.</param>
/// <param name="GciFine32">GCI_fine32 = Fs·e_a32/(r32^p − 1), a fraction.</param>
/// <param name="AsymptoticRatio">GCI_fine32 / (r21^p·GCI_fine21); ≈ 1 in the asymptotic range (Roache 1998).</param>
/// <param name="Checks">The judged criteria.</param>
/// <param name="Verdict">Combined verdict of <paramref name="Checks"/>.</param>
/// <param name="Message">One-line summary for reports.</param>
public sealed record ConvergenceStudy(
    ImmutableArray<RefinementLevel> Levels,
    ConvergenceBehaviour Behaviour,
    double R21,
    double R32,
    double Epsilon21,
    double Epsilon32,
    double ObservedOrder,
    int OrderIterations,
    string OrderMethod,
    OrderFit? LeastSquares,
    double OrderUsed,
    double SafetyFactor,
    double ExtrapolatedValue,
    double ExtrapolatedValue32,
    double ApproximateRelativeError,
    double ExtrapolatedRelativeError,
    double GciFine,
    double GciFine32,
    double AsymptoticRatio,
    ImmutableArray<EvidenceCheck> Checks,
    Verdict Verdict,
    string Message);
