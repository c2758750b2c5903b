using TwinVal.Harness.Ensembles;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the <c>ensemble</c> block: check ids unique (also against the acceptance ids), variables among the outputs,
/// QoI fields and expected moments in units the QoI can be compared with, and every sampled parameter one of the case's
/// parameters in a compatible unit.
/// </summary>
internal sealed class EnsembleChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc)
    {
        if (doc.Ensemble is not { } ensemble)
        {
            return;
        }

        for (var i = 0; i < ensemble.Sample.Length; i++)
        {
            var sampled = ensemble.Sample[i];
            var pointer = SourceMap.Child("/ensemble/sample", sampled.Name);
            if (doc.Parameters.FirstOrDefault(p => p.Name == sampled.Name) is not { } parameter)
            {
                problems.At(pointer, $"'{sampled.Name}' is not a parameter of the case; expected one of {string.Join(", ", doc.Parameters.Select(p => p.Name))}");
            }
            else if (!problems.HasProblemAt(pointer + "/unit") && !sampled.Unit.IsCompatibleWith(parameter.Quantity.Unit))
            {
                problems.At(pointer + "/unit", $"unit {sampled.Unit.Symbol} is not compatible with the parameter's ({parameter.Quantity.Unit.Symbol})", preferValue: true);
            }
        }

        var ids = doc.Acceptance.Select((c, i) => (c.Id, Where: $"acceptance[{i}]")).ToList();
        for (var i = 0; i < ensemble.Checks.Length; i++)
        {
            var check = ensemble.Checks[i];
            var pointer = $"/ensemble/checks/{i}";
            if (ids.FirstOrDefault(x => x.Id == check.Id) is { Where: { } where })
            {
                problems.At(pointer + "/id", $"check id '{check.Id}' is already used by {where}", preferValue: true);
            }

            ids.Add((check.Id, $"ensemble.checks[{i}]"));
            var output = doc.Outputs.Variables.FirstOrDefault(v => v.Name == check.Variable);
            if (output is null)
            {
                problems.At(pointer + "/variable", $"variable '{check.Variable}' is not among the outputs; expected one of {string.Join(", ", doc.Outputs.Variables.Select(v => v.Name))}", preferValue: true);
                continue;
            }

            var (qoiUnit, what) = AcceptanceChecks.QoiUnit(check.Qoi.Kind, output);
            units.Require(check.Qoi.At, pointer + "/qoi/at", UnitRules.Time, "a time");
            units.Require(check.Qoi.Threshold, pointer + "/qoi/threshold", output.Unit, $"compatible with the unit of '{output.Name}' ({output.Unit.Symbol})");
            units.Require(check.ExpectedMean, pointer + "/expected-mean", qoiUnit, what);
            units.Require(check.ExpectedStandardDeviation, pointer + "/expected-sd", qoiUnit, what);
        }
    }
}
