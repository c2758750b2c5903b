using System.Globalization;
using TwinVal.Harness.Evidence;

namespace TwinVal.Harness.Ensembles;

/// <summary>
/// Score test of a binomial proportion: with k events in N members, p̂ = k/N is consistent with the reference
/// probability p when |p̂ − p| ≤ z·√(p(1 − p)/N). This is exactly the condition that p lies in the Wilson score interval
/// of p̂ at the same z (Wilson 1927, J. Am. Stat. Assoc. 22:209–212, doi:10.1080/01621459.1927.10502953), which is
/// reported alongside; unlike the Wald interval it stays valid for p̂ near 0 or 1.
/// </summary>
public static class FractionTest
{
    /// <summary>Judges <paramref name="events"/> out of <paramref name="runs"/> against <paramref name="expected"/> at quantile <paramref name="z"/>.</summary>
    public static EvidenceCheck Evaluate(int events, int runs, double expected, double z)
    {
        if (runs < 1 || events < 0 || events > runs || !(expected >= 0 && expected <= 1) || !(z > 0) || !double.IsFinite(z))
        {
            return EvidenceCheck.Unevaluable("fraction", double.NaN, "1", Invariant(
                $"cannot test {events} events in {runs} runs against p = {expected} at z = {z}: expected 0 ≤ events ≤ runs ≥ 1, 0 ≤ p ≤ 1 and z > 0"));
        }

        var observed = (double)events / runs;
        var limit = z * Math.Sqrt(expected * (1 - expected) / runs);
        var (low, high) = Wilson(observed, runs, z);
        return EvidenceCheck.AtMost("fraction", Math.Abs(observed - expected), limit, "1", Invariant(
            $"|p̂ − p| with p̂ = {events}/{runs} = {observed:G6}, p = {expected:G6}, limit z·√(p(1 − p)/N) at z = {z:G4} (Wilson interval of p̂: [{low:G6}, {high:G6}])"));
    }

    /// <summary>Wilson score interval of the proportion <paramref name="observed"/> of <paramref name="runs"/> at quantile <paramref name="z"/>.</summary>
    public static (double Low, double High) Wilson(double observed, int runs, double z)
    {
        var z2n = z * z / runs;
        var centre = (observed + (z2n / 2)) / (1 + z2n);
        var half = z * Math.Sqrt((observed * (1 - observed) / runs) + (z2n / (4 * runs))) / (1 + z2n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
