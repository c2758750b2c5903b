namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>
/// What a convergence study is judged against: an expected observed order (± tolerance), a limit on the fine-grid GCI, or
/// both; plus what the analysis needs to know about the ladder.
/// </summary>
/// <param name="ExpectedOrder">Formal order of the method; the observed order must lie within <paramref name="OrderTolerance"/> of it.</param>
/// <param name="OrderTolerance">Allowed |p_observed − p_expected|.</param>
/// <param name="GciLimit">Largest acceptable GCI_fine, as a fraction (0.05 = 5 %).</param>
/// <param name="AssumedOrder">Order assumed for a two-level study (Roache: Fs = 3 then); required with two levels.</param>
/// <param name="NoiseLevel">
/// Relative noise level: a successive difference |φ_{i+1} − φ_i| ≤ NoiseLevel·|φ_i| is round-off, not discretization error.
/// </param>
/// <param name="ExactValue">The exact value when known (code verification): the least-squares order then fits |φ − exact| against h.</param>
/// <param name="AsymptoticTolerance">When given, |GCI_23 / (r21^p·GCI_12) − 1| must not exceed it (asymptotic-range check).</param>
public sealed record ConvergenceCriterion(
    double? ExpectedOrder = null,
    double OrderTolerance = 0.1,
    double? GciLimit = null,
    double? AssumedOrder = null,
    double NoiseLevel = 1e-12,
    double? ExactValue = null,
    double? AsymptoticTolerance = null)
{
    /// <summary>Celik et al. 2008 safety factor for three or more levels.</summary>
    public const double SafetyFactorThreeLevels = 1.25;

    /// <summary>Roache's safety factor for two levels with an assumed order.</summary>
    public const double SafetyFactorTwoLevels = 3.0;
}
