using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the acceptance list: ids unique, each variable among the outputs, and every tolerance, limit, threshold
/// and expected value in a unit that can be compared with what the metric measures.
/// </summary>
internal sealed class AcceptanceChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Acceptance.Length; i++)
        {
            var check = doc.Acceptance[i];
            var pointer = $"/acceptance/{i}";
            if (!ids.TryAdd(check.Id, i))
            {
                problems.At(pointer + "/id", $"check id '{check.Id}' is already used by acceptance[{ids[check.Id]}]", preferValue: true);
            }

            var output = doc.Outputs.Variables.FirstOrDefault(v => string.Equals(v.Name, check.Variable, StringComparison.Ordinal));
            if (output is null)
            {
                var declared = string.Join(", ", doc.Outputs.Variables.Select(v => v.Name));
                problems.At(pointer + "/variable", $"variable '{check.Variable}' is not among the outputs; expected one of {declared}", preferValue: true);
                continue;
            }

            if (!problems.HasProblemAt($"/outputs/variables/{doc.Outputs.Variables.IndexOf(output)}/unit"))
            {
                CheckUnits(check, output, pointer);
            }
        }
    }

    private void CheckUnits(AcceptanceCheck check, OutputVariable output, string pointer)
    {
        var variableUnit = $"compatible with the unit of '{output.Name}' ({output.Unit.Symbol})";
        switch (check.Metric)
        {
            case MetricKind.Pointwise:
                units.Require(check.AbsoluteTolerance, pointer + "/atol", output.Unit, variableUnit);
                break;
            case MetricKind.MaxAbs or MetricKind.Rmse:
                units.Require(check.Limit, pointer + "/limit", output.Unit, variableUnit);
                break;
            case MetricKind.RelL2 or MetricKind.RelLinf:
                units.Require(check.Limit, pointer + "/limit", Unit.Dimensionless, "a pure number, as a relative norm is (write unit: \"1\")");
                break;
            case MetricKind.Convergence when check.Qoi is { } convergenceQoi:
                units.Require(convergenceQoi.At, pointer + "/qoi/at", UnitRules.Time, "a time");
                units.Require(convergenceQoi.Threshold, pointer + "/qoi/threshold", output.Unit, variableUnit);
                break;
            case MetricKind.Qoi when check.Qoi is { } qoi:
                var (qoiUnit, what) = QoiUnit(qoi.Kind, output);
                units.Require(check.AbsoluteTolerance, pointer + "/atol", qoiUnit, what);
                units.Require(check.Expected, pointer + "/expected", qoiUnit, what);
                units.Require(qoi.At, pointer + "/qoi/at", UnitRules.Time, "a time");
                units.Require(qoi.Threshold, pointer + "/qoi/threshold", output.Unit, variableUnit);
                units.Require(qoi.WindowStart, pointer + "/qoi/window/start", UnitRules.Time, "a time");
                units.Require(qoi.WindowEnd, pointer + "/qoi/window/end", UnitRules.Time, "a time");
                units.Require(check.Range?.Min, pointer + "/range/min", qoiUnit, what);
                units.Require(check.Range?.Max, pointer + "/range/max", qoiUnit, what);
                CheckRange(check.Range, pointer, qoiUnit);
                break;
        }
    }

    // A QoI has the variable's dimension unless it measures a time (instants, periods) or a rate (frequency).
    internal static (Unit Unit, string What) QoiUnit(QoiKind kind, OutputVariable output) => kind switch
    {
        QoiKind.TimeOfMax or QoiKind.TimeOfMin or QoiKind.FirstCrossing or QoiKind.Period =>
            (UnitRules.Time, $"a time, as the QoI '{Kebab(kind)}' is"),
        QoiKind.Frequency => (UnitRules.Frequency, "a frequency (1/time), as the QoI 'frequency' is"),
        QoiKind.Auc => (Unit.Parse($"({output.Unit.Symbol})*({UnitRules.Time.Symbol})"), $"compatible with '{output.Unit.Symbol}' × time, as the QoI 'auc' is"),
        QoiKind.SwingFraction => (Unit.Dimensionless, "a pure number (unit \"1\"), as the QoI 'swing-fraction' is"),
        _ => (output.Unit, $"compatible with the unit of '{output.Name}' ({output.Unit.Symbol}), as the QoI '{Kebab(kind)}' is"),
    };

    // Both ends comparable: min must not exceed max, or no value could ever pass.
    private void CheckRange(QoiRange? range, string pointer, Unit qoiUnit)
    {
        if (range is { Min: { } min, Max: { } max } && min.Unit.IsCompatibleWith(qoiUnit) && max.Unit.IsCompatibleWith(qoiUnit) &&
            min.In(qoiUnit) > max.In(qoiUnit))
        {
            problems.At(pointer + "/range/min", $"range min ({min}) is above range max ({max}); no value could pass", preferValue: true);
        }
    }

    private static string Kebab(QoiKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
