using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// The point-wise rule of the SBML Test Suite: every reference point satisfies <c>|s − r| ≤ atol + rtol·|r|</c>.
/// Value is the worst ratio <c>|s − r| / (atol + rtol·|r|)</c>, limit 1, margin <c>1 − value</c>.
/// </summary>
public sealed class PointwiseMetric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.Pointwise;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        var unit = input.Reference.Unit;
        if (InputGuards.Problem(input) is { } problem)
        {
            return CheckResults.Error(check, "1", problem, 1.0);
        }

        if (!Tolerances.TryRead(check.AbsoluteTolerance, unit, "atol", out var atol, out var error))
        {
            return CheckResults.Error(check, "1", error, 1.0);
        }

        var rtol = check.RelativeTolerance;
        if (Tolerances.RelativeProblem(rtol) is { } rtolError)
        {
            return CheckResults.Error(check, "1", rtolError, 1.0);
        }

        if (atol == 0.0 && rtol == 0.0)
        {
            return CheckResults.Error(check, "1", "pointwise check declares neither atol nor rtol: no tolerance to hold the solution to", 1.0);
        }

        var worst = FindWorst(input, atol, rtol);
        var i = worst.Index;
        var s = input.Solution.Values[i];
        var r = input.Reference.Values[i];
        var symbol = unit.Symbol;
        var at = NumberText.Num(input.Time.Values[i], input.Time.Unit.Symbol);
        var relation = worst.Ratio <= 1.0 ? "≤" : ">";
        var summary = worst.Ratio <= 1.0
            ? $"all {input.Time.Count} points within atol + rtol·|r|"
            : $"{worst.Violations} of {input.Time.Count} points outside atol + rtol·|r|";
        var message =
            $"{summary}; worst at t = {at}: s = {NumberText.Num(s, symbol)}, r = {NumberText.Num(r, symbol)}, " +
            $"|s − r| = {NumberText.Num(Math.Abs(s - r), symbol)} {relation} allowed {NumberText.Num(worst.Bound, symbol)} " +
            $"(atol {NumberText.Num(atol, symbol)} + rtol {NumberText.Num(rtol)}·|r|), ratio {NumberText.Num(worst.Ratio)} " +
            $"[{input.Alignment}]";
        return CheckResults.Judged(check, worst.Ratio, 1.0, "1", message);
    }

    private static (int Index, double Ratio, double Bound, int Violations) FindWorst(ComparisonInput input, double atol, double rtol)
    {
        var worstIndex = 0;
        var worstRatio = -1.0;
        var worstBound = 0.0;
        var violations = 0;
        for (var i = 0; i < input.Time.Count; i++)
        {
            var r = input.Reference.Values[i];
            var difference = Math.Abs(input.Solution.Values[i] - r);
            var bound = atol + (rtol * Math.Abs(r));

            // A zero bound (atol = 0 where r = 0) admits only exact agreement: the ratio is 0 for s = r and +∞ otherwise,
            // never the NaN that 0/0 would give.
            var ratio = bound > 0.0 ? difference / bound : difference == 0.0 ? 0.0 : double.PositiveInfinity;
            if (ratio > 1.0)
            {
                violations++;
            }

            if (ratio > worstRatio)
            {
                (worstIndex, worstRatio, worstBound) = (i, ratio, bound);
            }
        }

        return (worstIndex, worstRatio, worstBound, violations);
    }
}
