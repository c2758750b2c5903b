using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>
/// Solution verification by the grid convergence index: Celik, Ghia, Roache, Freitas, Coleman &amp; Raad 2008, "Procedure for
/// estimation and reporting of uncertainty due to discretization in CFD applications", J. Fluids Eng. 130:078001,
/// doi:10.1115/1.2960953; Roache 1998, Verification and Validation in Computational Science and Engineering (Hermosa).
/// Works for grid sizes and time steps alike; never throws for a bad ladder, it returns an Error verdict that says why.
/// </summary>
public static class GridConvergence
{
    /// <summary>Analyses <paramref name="levels"/> (any order) and judges them against <paramref name="criterion"/>.</summary>
    public static ConvergenceStudy Analyze(IReadOnlyList<RefinementLevel> levels, ConvergenceCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(criterion);
        var sorted = levels.OrderBy(l => l.H).ToImmutableArray();
        var problem = LadderProblem(sorted, criterion);
        if (problem is not null)
        {
            return Failed(sorted, problem);
        }

        return sorted.Length == 2 ? TwoLevels(sorted, criterion) : ThreeOrMore(sorted, criterion);
    }

    private static string? LadderProblem(ImmutableArray<RefinementLevel> sorted, ConvergenceCriterion criterion)
    {
        if (sorted.Length < 2)
        {
            return $"a refinement ladder needs at least 2 levels; got {sorted.Length}";
        }

        foreach (var level in sorted)
        {
            if (!(level.H > 0) || !double.IsFinite(level.H) || !double.IsFinite(level.Phi))
            {
                return Invariant($"every level needs a finite h > 0 and a finite φ; got h = {level.H}, φ = {level.Phi}");
            }
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].H == sorted[i - 1].H)
            {
                return Invariant($"two levels share h = {sorted[i].H}: a refinement ratio of 1 carries no information");
            }
        }

        if (!(criterion.NoiseLevel >= 0) || !(criterion.OrderTolerance >= 0))
        {
            return "the noise level and the order tolerance must be ≥ 0";
        }

        if (sorted.Length == 2 && !(criterion.AssumedOrder > 0))
        {
            return "a two-level study needs a declared assumed order > 0 (Roache: GCI with Fs = 3.0)";
        }

        return null;
    }

    private static ConvergenceStudy TwoLevels(ImmutableArray<RefinementLevel> sorted, ConvergenceCriterion criterion)
    {
        var p = criterion.AssumedOrder!.Value;
        var r21 = sorted[1].H / sorted[0].H;
        var e21 = sorted[1].Phi - sorted[0].Phi;
        var fine = FineGrid(sorted[0].Phi, sorted[1].Phi, r21, p, ConvergenceCriterion.SafetyFactorTwoLevels);
        var checks = ImmutableArray.CreateBuilder<EvidenceCheck>();
        if (criterion.ExpectedOrder is { } expected)
        {
            checks.Add(EvidenceCheck.Unevaluable(
                "observed-order", criterion.OrderTolerance, "1",
                Invariant($"an observed order needs at least 3 levels; 2 were given (expected order {expected})")));
        }

        if (criterion.GciLimit is { } limit)
        {
            checks.Add(EvidenceCheck.AtMost(
                "gci-fine", fine.Gci, limit, "1",
                Invariant($"two-level GCI with assumed order p = {p}, Fs = 3.0, r21 = {r21:G6}")));
        }

        return Build(
            sorted, ConvergenceBehaviour.NotObservable, r21, double.NaN, e21, double.NaN, double.NaN, 0, "assumed", null, p,
            ConvergenceCriterion.SafetyFactorTwoLevels, fine, Coarse.None, double.NaN, checks);
    }

    private static ConvergenceStudy ThreeOrMore(ImmutableArray<RefinementLevel> sorted, ConvergenceCriterion criterion)
    {
        var (phi1, phi2, phi3) = (sorted[0].Phi, sorted[1].Phi, sorted[2].Phi);
        var r21 = sorted[1].H / sorted[0].H;
        var r32 = sorted[2].H / sorted[1].H;
        var e21 = phi2 - phi1;
        var e32 = phi3 - phi2;
        var leastSquares = criterion.ExactValue is { } exact
            ? LeastSquaresOrder.AgainstExact(sorted, exact, criterion.NoiseLevel)
            : sorted.Length > 3 ? LeastSquaresOrder.OfDifferences(sorted, criterion.NoiseLevel) : null;

        // A difference lost in round-off makes the ratio ε32/ε21 noise: no order, extrapolation or GCI can be trusted.
        if (Math.Abs(e21) <= criterion.NoiseLevel * Math.Abs(phi1) || Math.Abs(e32) <= criterion.NoiseLevel * Math.Abs(phi2))
        {
            var reason = Invariant(
                $"round-off floor: |ε21| = {Math.Abs(e21):G3}, |ε32| = {Math.Abs(e32):G3} at or below noise {criterion.NoiseLevel:G3}·|φ|; use coarser levels");
            var floorChecks = JudgeUnobservable(criterion, reason);
            return Build(
                sorted, ConvergenceBehaviour.RoundOffFloor, r21, r32, e21, e32, double.NaN, 0, "none", leastSquares, double.NaN,
                ConvergenceCriterion.SafetyFactorThreeLevels, Fine.None, Coarse.None, double.NaN, floorChecks);
        }

        var ratio = e32 / e21;
        var oscillatory = ratio < 0;
        var (p, iterations, method) = oscillatory
            ? ObservedOrderSolver.Oscillatory(r21, r32, ratio)
            : ObservedOrderSolver.Monotone(r21, r32, ratio);
        var behaviour = oscillatory ? ConvergenceBehaviour.OscillatoryConvergence
            : p > 0 ? ConvergenceBehaviour.MonotonicConvergence
            : ConvergenceBehaviour.Divergence;
        var fs = ConvergenceCriterion.SafetyFactorThreeLevels;
        var fine = p > 0 ? FineGrid(phi1, phi2, r21, p, fs) : Fine.None;
        var coarse = p > 0 ? new Coarse(((Math.Pow(r32, p) * phi2) - phi3) / (Math.Pow(r32, p) - 1), fs * Math.Abs(e32 / phi2) / (Math.Pow(r32, p) - 1)) : Coarse.None;
        var asymptotic = coarse.Gci / (Math.Pow(r21, p) * fine.Gci);
        var checks = Judge(criterion, behaviour, p, leastSquares, fine, asymptotic);
        return Build(sorted, behaviour, r21, r32, e21, e32, p, iterations, method, leastSquares, p, fs, fine, coarse, asymptotic, checks);
    }

    private static ImmutableArray<EvidenceCheck>.Builder Judge(
        ConvergenceCriterion criterion, ConvergenceBehaviour behaviour, double p, OrderFit? leastSquares, Fine fine, double asymptotic)
    {
        var checks = ImmutableArray.CreateBuilder<EvidenceCheck>();
        if (criterion.ExpectedOrder is { } expected)
        {
            checks.Add(JudgeOrder(criterion, behaviour, p, leastSquares, expected));
        }

        if (criterion.GciLimit is { } limit)
        {
            checks.Add(
                behaviour == ConvergenceBehaviour.Divergence
                ? new EvidenceCheck("gci-fine", double.NaN, limit, double.NaN, "1", Verdict.Fail, Invariant($"the ladder diverges (observed order {p:G4}): no discretization uncertainty can be claimed"))
                : !double.IsFinite(fine.Gci)
                ? EvidenceCheck.Unevaluable("gci-fine", limit, "1", Invariant($"no GCI: the observed order could not be solved for (behaviour {behaviour})"))
                : EvidenceCheck.AtMost(
                    "gci-fine", fine.Gci, limit, "1",
                    Invariant($"GCI_fine21 = 1.25·e_a21/(r21^p − 1) with p = {p:G4}") +
                    (behaviour == ConvergenceBehaviour.OscillatoryConvergence ? "; oscillatory convergence (ε32/ε21 < 0): the GCI is less reliable" : string.Empty)));
        }

        if (criterion.AsymptoticTolerance is { } tolerance)
        {
            checks.Add(double.IsFinite(asymptotic)
                ? EvidenceCheck.AtMost("asymptotic-range", Math.Abs(asymptotic - 1), tolerance, "1", Invariant($"|GCI_32/(r21^p·GCI_21) − 1| with ratio {asymptotic:G6}; ≈ 0 in the asymptotic range"))
                : EvidenceCheck.Unevaluable("asymptotic-range", tolerance, "1", "no asymptotic ratio: the ladder does not converge"));
        }

        if (checks.Count == 0)
        {
            checks.Add(EvidenceCheck.Unevaluable("convergence", double.NaN, "1", "no criterion declared: give an expected order, a GCI limit or an asymptotic tolerance"));
        }

        return checks;
    }

    private static EvidenceCheck JudgeOrder(ConvergenceCriterion criterion, ConvergenceBehaviour behaviour, double p, OrderFit? leastSquares, double expected)
    {
        var tolerance = criterion.OrderTolerance;
        if (behaviour == ConvergenceBehaviour.OscillatoryConvergence)
        {
            var distance = Math.Abs(p - expected);
            return new EvidenceCheck(
                "observed-order", distance, tolerance, tolerance - distance, "1", Verdict.Fail,
                Invariant($"oscillatory convergence (ε32/ε21 < 0): the apparent order {p:G4} is not a convergence rate; expected {expected} ± {tolerance}"));
        }

        // More than three levels (or a known exact value) give a fit over the whole ladder, less sensitive to one level.
        var (order, source) = leastSquares is null ? (p, "three finest levels") : (leastSquares.Order, "least squares, " + leastSquares.Source);
        if (!double.IsFinite(order))
        {
            return EvidenceCheck.Unevaluable("observed-order", tolerance, "1", Invariant($"the observed order could not be solved for (behaviour {behaviour})"));
        }

        var check = EvidenceCheck.AtMost(
            "observed-order", Math.Abs(order - expected), tolerance, "1",
            Invariant($"|p − p_expected| with observed p = {order:G6} ({source}), expected {expected}"));
        return behaviour == ConvergenceBehaviour.Divergence && check.Verdict == Verdict.Pass
            ? check with { Verdict = Verdict.Fail, Message = check.Message + Invariant($"; but the three finest levels diverge (p = {p:G4})") }
            : check;
    }

    private static ImmutableArray<EvidenceCheck>.Builder JudgeUnobservable(ConvergenceCriterion criterion, string reason)
    {
        var checks = ImmutableArray.CreateBuilder<EvidenceCheck>();
        if (criterion.ExpectedOrder is not null)
        {
            checks.Add(EvidenceCheck.Unevaluable("observed-order", criterion.OrderTolerance, "1", reason));
        }

        if (criterion.GciLimit is { } limit)
        {
            checks.Add(EvidenceCheck.Unevaluable("gci-fine", limit, "1", reason));
        }

        if (checks.Count == 0)
        {
            checks.Add(EvidenceCheck.Unevaluable("convergence", double.NaN, "1", reason));
        }

        return checks;
    }

    private static Fine FineGrid(double phi1, double phi2, double r21, double p, double fs)
    {
        var rp = Math.Pow(r21, p);
        var extrapolated = ((rp * phi1) - phi2) / (rp - 1);
        var ea = Math.Abs((phi1 - phi2) / phi1);
        var eext = Math.Abs((extrapolated - phi1) / extrapolated);
        return new Fine(extrapolated, ea, eext, fs * ea / (rp - 1));
    }

    private static ConvergenceStudy Build(
        ImmutableArray<RefinementLevel> sorted, ConvergenceBehaviour behaviour, double r21, double r32, double e21, double e32,
        double p, int iterations, string method, OrderFit? leastSquares, double orderUsed, double fs, Fine fine, Coarse coarse,
        double asymptotic, ImmutableArray<EvidenceCheck>.Builder checks)
    {
        var frozen = checks.ToImmutable();
        var verdict = EvidenceCheck.Combine(frozen);
        var message = Invariant(
            $"{behaviour}: p = {p:G4}, φ_ext = {fine.Extrapolated:G6}, GCI_fine = {fine.Gci:P3}; ") + string.Join("; ", frozen.Select(c => c.Message));
        return new ConvergenceStudy(
            sorted, behaviour, r21, r32, e21, e32, p, iterations, method, leastSquares, orderUsed, fs, fine.Extrapolated,
            coarse.Extrapolated, fine.ApproximateError, fine.ExtrapolatedError, fine.Gci, coarse.Gci, asymptotic, frozen, verdict, message);
    }

    private static ConvergenceStudy Failed(ImmutableArray<RefinementLevel> sorted, string problem)
    {
        var check = EvidenceCheck.Unevaluable("convergence", double.NaN, "1", problem);
        return new ConvergenceStudy(
            sorted, ConvergenceBehaviour.NotObservable, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, "none", null,
            double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, [check],
            Verdict.Error, problem);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Fine(double Extrapolated, double ApproximateError, double ExtrapolatedError, double Gci)
    {
        public static Fine None => new(double.NaN, double.NaN, double.NaN, double.NaN);
    }

    private readonly record struct Coarse(double Extrapolated, double Gci)
    {
        public static Coarse None => new(double.NaN, double.NaN);
    }
}
