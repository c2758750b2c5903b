using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// Initial values of the Test Set for IVP Solvers (Mazzia &amp; Magherini, Univ. Bari, release 2.4) for the problems whose
/// right-hand sides the tests take from the built-in verification solvers (TwinVal.Solvers.Verification), where the
/// initial state comes from the case instead.
/// </summary>
internal static class StiffTestSet
{
    /// <summary>HIRES, y(0) on t ∈ [0, 321.8122] (section II.1.7).</summary>
    public static readonly double[] HiresInitial = [1, 0, 0, 0, 0, 0, 0, 0.0057];

    /// <summary>ROBER with the test set's rate constants k1 = 0.04, k2 = 3·10⁷, k3 = 10⁴ (section II.1.1), conserving form.</summary>
    public static RoberSystem Rober => new(0.04, 3e7, 1e4);
}
