using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// A quantity of interest held to <c>|q − q_ref| ≤ atol + rtol·|q_ref|</c>. Value is <c>|q − q_ref|</c>, limit the
/// allowed bound, both in the QoI's unit (the variable's, the time axis', or its reciprocal). A check with a range is
/// judged by <c>min ≤ q ≤ max</c> on the solution alone instead.
/// </summary>
/// <remarks>
/// q is extracted from the solver's series on the reference grid. q_ref is the check's expected value or, when none is
/// declared, extracted from the reference series by the same rule. A QoI the solver computed itself (in
/// <c>SolverOutput.QuantitiesOfInterest</c>) is deliberately not used: applying one extraction to both sides means the
/// check measures the solution, not a difference between the solver's event location and the harness's interpolation.
/// </remarks>
public sealed class QoiMetric : IMetric
{
    /// <inheritdoc/>
    public MetricKind Kind => MetricKind.Qoi;

    /// <inheritdoc/>
    public CheckResult Evaluate(AcceptanceCheck check, ComparisonInput input)
    {
        if (check.Qoi is not { } spec)
        {
            return CheckResults.Error(check, input.Reference.Unit.Symbol, "qoi check declares no 'qoi' extraction rule");
        }

        var unit = QoiExtractor.UnitOf(spec.Kind, input.Time.Unit, input.Reference.Unit);
        var symbol = unit.Symbol;
        if (InputGuards.Problem(input) is { } problem)
        {
            return CheckResults.Error(check, symbol, problem);
        }

        if (check.Range is { } range)
        {
            return QoiRangeJudge.Judge(check, spec, range, input, unit);
        }

        if (!Tolerances.TryRead(check.AbsoluteTolerance, unit, "atol", out var atol, out var atolError))
        {
            return CheckResults.Error(check, symbol, atolError);
        }

        var rtol = check.RelativeTolerance;
        if (Tolerances.RelativeProblem(rtol) is { } rtolError)
        {
            return CheckResults.Error(check, symbol, rtolError);
        }

        if (atol == 0.0 && rtol == 0.0)
        {
            return CheckResults.Error(check, symbol, "qoi check declares neither atol nor rtol: no tolerance to hold the QoI to");
        }

        if (!QoiExtractor.TryExtract(spec, input.Time, input.Solution, out var solved, out var solutionError))
        {
            return CheckResults.Error(check, symbol, $"solution: {solutionError}");
        }

        if (Expected(check, input, unit, out var expected) is { } expectedError)
        {
            return CheckResults.Error(check, symbol, expectedError);
        }

        var q = solved.In(unit);
        var difference = Math.Abs(q - expected.Value);
        var bound = atol + (rtol * Math.Abs(expected.Value));
        var relation = difference <= bound ? "≤" : ">";
        var message =
            $"{MetricNames.Kebab(spec.Kind)}: q = {NumberText.Num(q, symbol)}, q_ref = {NumberText.Num(expected.Value, symbol)} " +
            $"({expected.Source}), |q − q_ref| = {NumberText.Num(difference, symbol)} {relation} allowed {NumberText.Num(bound, symbol)} " +
            $"(atol {NumberText.Num(atol, symbol)} + rtol {NumberText.Num(rtol)}·|q_ref|) [{input.Alignment}]";
        return CheckResults.Judged(check, difference, bound, symbol, message);
    }

    private static string? Expected(AcceptanceCheck check, ComparisonInput input, Unit unit, out (double Value, string Source) expected)
    {
        expected = (double.NaN, string.Empty);
        if (check.Expected is { } declared)
        {
            if (!declared.Unit.IsCompatibleWith(unit))
            {
                return $"expected value unit '{declared.Unit.Symbol}' ({declared.Unit.Dimension}) is not compatible with " +
                       $"the QoI's unit '{unit.Symbol}' ({unit.Dimension})";
            }

            expected = (declared.In(unit), "declared");
            return double.IsFinite(expected.Value) ? null : $"expected value {declared} is not finite";
        }

        if (!QoiExtractor.TryExtract(check.Qoi!, input.Time, input.Reference, out var extracted, out var error))
        {
            return $"reference: {error}";
        }

        expected = (extracted.In(unit), "from the reference series");
        return null;
    }
}
