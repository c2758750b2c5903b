using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the <c>validation</c> block: comparison ids unique among all the case's checks, variables among the
/// outputs, the datum, its uncertainty, u_num and the clinical tolerance in units the QoI can be compared with, a GCI
/// source that is a convergence check of the same variable and QoI, and every uncertain input one of the case's
/// parameters in a compatible unit.
/// </summary>
internal sealed class ValidationChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc)
    {
        if (doc.Validation is not { } validation)
        {
            return;
        }

        if (validation.Inputs is { } inputs)
        {
            foreach (var sampled in inputs.Parameters)
            {
                var pointer = SourceMap.Child("/validation/input-uncertainty/parameters", sampled.Name);
                if (doc.Parameters.FirstOrDefault(p => p.Name == sampled.Name) is not { } parameter)
                {
                    problems.At(pointer, $"'{sampled.Name}' is not a parameter of the case; expected one of {string.Join(", ", doc.Parameters.Select(p => p.Name))}");
                }
                else if (!problems.HasProblemAt(pointer + "/unit") && !sampled.Unit.IsCompatibleWith(parameter.Quantity.Unit))
                {
                    problems.At(pointer + "/unit", $"unit {sampled.Unit.Symbol} is not compatible with the parameter's ({parameter.Quantity.Unit.Symbol})", preferValue: true);
                }
            }
        }

        var ids = doc.Acceptance.Select((c, i) => (c.Id, Where: $"acceptance[{i}]"))
            .Concat(doc.Ensemble?.Checks.Select((c, i) => (c.Id, Where: $"ensemble.checks[{i}]")) ?? []).ToList();
        for (var i = 0; i < validation.Comparisons.Length; i++)
        {
            var c = validation.Comparisons[i];
            var pointer = $"/validation/comparisons/{i}";
            if (ids.FirstOrDefault(x => x.Id == c.Id) is { Where: { } where })
            {
                problems.At(pointer + "/id", $"check id '{c.Id}' is already used by {where}", preferValue: true);
            }

            ids.Add((c.Id, $"validation.comparisons[{i}]"));
            if (doc.Outputs.Variables.FirstOrDefault(v => v.Name == c.Variable) is not { } output)
            {
                problems.At(pointer + "/variable", $"variable '{c.Variable}' is not among the outputs; expected one of {string.Join(", ", doc.Outputs.Variables.Select(v => v.Name))}", preferValue: true);
                continue;
            }

            var (qoiUnit, what) = AcceptanceChecks.QoiUnit(c.Qoi.Kind, output);
            units.Require(c.Qoi.At, pointer + "/qoi/at", UnitRules.Time, "a time");
            units.Require(c.Qoi.Threshold, pointer + "/qoi/threshold", output.Unit, $"compatible with the unit of '{output.Name}' ({output.Unit.Symbol})");
            units.Require(c.Qoi.WindowStart, pointer + "/qoi/window/start", UnitRules.Time, "a time");
            units.Require(c.Qoi.WindowEnd, pointer + "/qoi/window/end", UnitRules.Time, "a time");
            units.Require(c.Datum, pointer + "/datum", qoiUnit, what);
            units.Require(c.Numerical.Declared, pointer + "/u-num/value", qoiUnit, what);
            units.Require(c.ClinicalTolerance, pointer + "/criterion/clinical-tolerance", qoiUnit, what);
            CheckGciSource(doc, c.Numerical.ConvergenceCheck, c, pointer + "/u-num/convergence-check");
        }
    }

    private void CheckGciSource(CaseDocument doc, string? checkId, Evidence.Validation.ValidationComparisonSpec c, string pointer)
    {
        if (checkId is null)
        {
            return;
        }

        var convergence = doc.Acceptance.Where(a => a.Metric == MetricKind.Convergence).ToList();
        if (convergence.FirstOrDefault(a => a.Id == checkId) is not { } source)
        {
            var known = convergence.Count == 0 ? "the case has no convergence checks" : $"expected one of {string.Join(", ", convergence.Select(a => a.Id))}";
            problems.At(pointer, $"'{checkId}' is not a convergence check of the case; {known}", preferValue: true);
        }
        else if (source.Variable != c.Variable || source.Qoi?.Kind != c.Qoi.Kind)
        {
            // The GCI is an uncertainty of one QoI; borrowing another QoI's GCI would report a number about something else.
            problems.At(pointer, $"convergence check '{checkId}' estimates the GCI of the {Reporting.KebabCase.Of(source.Qoi?.Kind ?? QoiKind.Max)} of '{source.Variable}', but the comparison is of the {Reporting.KebabCase.Of(c.Qoi.Kind)} of '{c.Variable}'; expected the same variable and QoI kind", preferValue: true);
        }
    }
}
