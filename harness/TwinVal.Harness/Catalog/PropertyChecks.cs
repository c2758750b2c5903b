using System.Globalization;
using TwinVal.Harness.Properties;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Semantic checks of <c>parameter-ranges</c> and <c>properties</c>: every range names a parameter or initial value in
/// a compatible unit, is non-empty (positive for log scale) and contains the case's own value; every property reads
/// declared outputs and scales declared parameters, has a unique id, uses times where times belong, and names a model
/// property the harness registers. A property-only case needs an output interval (it has no reference times).
/// </summary>
internal sealed class PropertyChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc)
    {
        foreach (var range in doc.ParameterRanges)
        {
            CheckRange(doc, range, SourceMap.Child("/parameter-ranges", range.Name));
        }

        var ids = doc.Acceptance.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var outputs = doc.Outputs.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < doc.Properties.Length; i++)
        {
            var spec = doc.Properties[i];
            var pointer = $"/properties/{i}";
            if (!ids.Add(spec.Id))
            {
                problems.At(pointer + "/id", $"id '{spec.Id}' is already used by another acceptance check or property of this case", preferValue: true);
            }

            if (spec.Variable is { } variable && !outputs.Contains(variable))
            {
                problems.At(pointer + "/variable", $"'{variable}' is not one of outputs.variables ({string.Join(", ", outputs)})", preferValue: true);
            }

            foreach (var (term, j) in spec.Terms.Select((t, j) => (t, j)).Where(x => !outputs.Contains(x.t.Variable)))
            {
                problems.At($"{pointer}/terms/{j}/variable", $"'{term.Variable}' is not one of outputs.variables", preferValue: true);
            }

            if (spec.Parameter is { } parameter && !Declares(doc, parameter))
            {
                problems.At(pointer + "/parameter", $"'{parameter}' is neither a parameter nor an initial value of the case", preferValue: true);
            }

            if (spec.Kind is PropertyKind.MonotoneResponse or PropertyKind.Metamorphic && spec.Factor == 1.0)
            {
                problems.At(pointer + "/factor", "factor 1 compares a solve with itself; choose k ≠ 1", preferValue: true);
            }

            if (spec.Kind == PropertyKind.Model && ModelPropertyRegistry.Default.Find(doc.Model.Id, spec.ModelPropertyName ?? string.Empty) is null)
            {
                var known = string.Join(", ", ModelPropertyRegistry.Default.All.Where(p => p.ModelId == doc.Model.Id).Select(p => p.Name));
                problems.At(pointer + "/name", $"model '{doc.Model.Id}' registers no property '{spec.ModelPropertyName}' (registered: {(known.Length > 0 ? known : "none")})", preferValue: true);
            }

            units.Require(spec.Period, pointer + "/period", UnitRules.Time, "a time");
            units.Require(spec.Window, pointer + "/window", UnitRules.Time, "a time");
            units.Require(spec.From, pointer + "/from", UnitRules.Time, "a time");
            units.Require(spec.Shift, pointer + "/shift", UnitRules.Time, "a time");
            units.Require(spec.EndTime, pointer + "/end-time", UnitRules.Time, "a time");
            units.Require(spec.Interval, pointer + "/interval", UnitRules.Time, "a time");
        }

        if (doc.Acceptance.IsEmpty && doc.Outputs.Interval is null && !doc.Properties.IsEmpty)
        {
            problems.At("/outputs", "a case without reference data has no reference times to sample at: give outputs.interval");
        }
    }

    private void CheckRange(CaseDocument doc, ParameterRange range, string pointer)
    {
        var declared = doc.Parameters.Concat(doc.InitialState).FirstOrDefault(p => p.Name == range.Name);
        if (declared is null)
        {
            problems.At(pointer, $"'{range.Name}' is neither a parameter nor an initial value of the case");
            return;
        }

        if (!(range.Max > range.Min))
        {
            problems.At(pointer + "/max", Invariant($"max ({range.Max:G6}) must be greater than min ({range.Min:G6})"), preferValue: true);
            return;
        }

        if (range.Scale == RangeScale.Log && !(range.Min > 0.0))
        {
            problems.At(pointer + "/min", Invariant($"a log-scale range needs min > 0 (got {range.Min:G6})"), preferValue: true);
            return;
        }

        // A unit already reported (the range's own or the declared value's) would only repeat itself as an incompatibility.
        if (problems.HasProblemAt(pointer + "/unit")
            || problems.HasProblemAt(SourceMap.Child("/parameters", range.Name) + "/unit")
            || problems.HasProblemAt(SourceMap.Child("/initial-state", range.Name) + "/unit"))
        {
            return;
        }

        if (!declared.Quantity.Unit.IsCompatibleWith(range.Unit))
        {
            problems.At(pointer + "/unit", $"unit '{range.Unit.Symbol}' is not compatible with the unit of {range.Name}, '{declared.Quantity.Unit.Symbol}'", preferValue: true);
            return;
        }

        // The case's own value is where shrinking goes: it must be inside the domain the properties claim.
        var value = declared.Quantity.In(range.Unit);
        if (!range.Contains(value))
        {
            problems.At(pointer, Invariant(
                $"the case's own value {value:G6} {range.Unit.Symbol} lies outside the range [{range.Min:G6}, {range.Max:G6}] {range.Unit.Symbol}"));
        }
    }

    private static bool Declares(CaseDocument doc, string name) =>
        doc.Parameters.Any(p => p.Name == name) || doc.InitialState.Any(p => p.Name == name);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
