using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// Judges a QoI of the solution against a range <c>min ≤ q ≤ max</c> (a clinical normal range, a diagnostic class).
/// Value is q; limit is the bound nearer to q (the one that decides); margin is the signed distance inside it, so a
/// reviewer reads at once how close the twin sits to the edge of the range.
/// </summary>
internal static class QoiRangeJudge
{
    public static CheckResult Judge(AcceptanceCheck check, QoiSpec spec, QoiRange range, ComparisonInput input, Unit unit)
    {
        var symbol = unit.Symbol;
        if (!TryBound(range.Min, unit, "min", double.NegativeInfinity, out var min, out var error) ||
            !TryBound(range.Max, unit, "max", double.PositiveInfinity, out var max, out error))
        {
            return CheckResults.Error(check, symbol, error);
        }

        if (!QoiExtractor.TryExtract(spec, input.Time, input.Solution, out var solved, out var solutionError))
        {
            return CheckResults.Error(check, symbol, $"solution: {solutionError}");
        }

        var q = solved.In(unit);
        var belowMax = max - q;
        var aboveMin = q - min;
        var (limit, margin) = aboveMin <= belowMax ? (min, aboveMin) : (max, belowMax);
        var inside = margin >= 0;
        var message =
            $"{MetricNames.Kebab(spec.Kind)}: q = {NumberText.Num(q, symbol)} is {(inside ? "inside" : "outside")} the range " +
            $"[{Bound(min, symbol)}, {Bound(max, symbol)}]; margin to the nearer bound {NumberText.Num(limit, symbol)} is " +
            $"{NumberText.Num(margin, symbol)} [{input.Alignment}]";
        return CheckResults.Ranged(check, q, limit, margin, symbol, message);
    }

    private static bool TryBound(Quantity? bound, Unit unit, string name, double missing, out double value, out string error)
    {
        error = string.Empty;
        value = missing;
        if (bound is not { } b)
        {
            return true;
        }

        if (!b.Unit.IsCompatibleWith(unit))
        {
            error = $"range {name} '{b}' is not compatible with the QoI's unit '{unit.Symbol}' ({unit.Dimension})";
            return false;
        }

        value = b.In(unit);
        if (double.IsNaN(value))
        {
            error = $"range {name} '{b}' is not a number";
            return false;
        }

        return true;
    }

    private static string Bound(double value, string symbol) =>
        double.IsInfinity(value) ? (value < 0 ? "−∞" : "+∞") : NumberText.Num(value, symbol);
}
