using System.Globalization;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Semantic checks of a schema-valid case that need no files: the id matches its folder, times are times and in
/// order, names are unique, and every input's time fields have the dimension of time.
/// </summary>
internal sealed class CaseChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc, string folderName)
    {
        if (!string.Equals(doc.Id, folderName, StringComparison.Ordinal))
        {
            problems.At("/id", $"id '{doc.Id}' must equal the name of the case folder, '{folderName}'", preferValue: true);
        }

        CheckProtocol(doc.Protocol);
        CheckOutputs(doc.Outputs);
        CheckReportPlots(doc);
        units.Require(doc.Numerics.FixedStep, "/numerics/fixed-step", UnitRules.Time, "a time");
        units.Require(doc.Numerics.MaxStep, "/numerics/max-step", UnitRules.Time, "a time");
        units.Require(doc.Numerics.Dx, "/numerics/dx", UnitRules.Length, "a length");
        new AcceptanceChecks(problems).Check(doc);
        new CredibilityChecks(problems).Check(doc);
        new RefinementChecks(problems).Check(doc);
        new PropertyChecks(problems).Check(doc);
        new EnsembleChecks(problems).Check(doc);
        new ValidationChecks(problems).Check(doc);
    }

    private void CheckProtocol(CaseProtocol protocol)
    {
        var startOk = units.Require(protocol.StartTime, "/protocol/start-time", UnitRules.Time, "a time");
        var endOk = units.Require(protocol.EndTime, "/protocol/end-time", UnitRules.Time, "a time");
        if (startOk && endOk && !problems.HasProblemAt("/protocol/start-time/unit") && !problems.HasProblemAt("/protocol/end-time/unit"))
        {
            var start = protocol.StartTime.In(UnitRules.Time);
            var end = protocol.EndTime.In(UnitRules.Time);
            if (!(end > start))
            {
                problems.At("/protocol/end-time", string.Create(CultureInfo.InvariantCulture,
                    $"end-time ({protocol.EndTime}) must be after start-time ({protocol.StartTime})"));
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < protocol.Inputs.Length; i++)
        {
            var input = protocol.Inputs[i];
            var pointer = $"/protocol/inputs/{i}";
            if (!seen.TryAdd(input.Name, i))
            {
                problems.At(pointer + "/name", $"input '{input.Name}' is already prescribed by protocol.inputs[{seen[input.Name]}]", preferValue: true);
            }

            CheckInput(input, pointer);
        }
    }

    private void CheckInput(InputSignal input, string pointer)
    {
        switch (input)
        {
            case StepInput step:
                units.Require(step.Onset, pointer + "/onset", UnitRules.Time, "a time");
                break;
            case PulseInput pulse:
                units.Require(pulse.Onset, pointer + "/onset", UnitRules.Time, "a time");
                units.Require(pulse.Duration, pointer + "/duration", UnitRules.Time, "a time");
                units.Require(pulse.Period, pointer + "/period", UnitRules.Time, "a time");
                if (pulse.Count is not null && pulse.Period is null)
                {
                    problems.Add(Warning(pointer + "/count", "count has no effect without a period (a single pulse is given)"));
                }

                break;
            case SineInput sine:
                units.Require(sine.Frequency, pointer + "/frequency", UnitRules.Frequency, "a frequency (1/time)");
                break;
            case FourierInput fourier:
                units.Require(fourier.Frequency, pointer + "/frequency", UnitRules.Frequency, "a frequency (1/time)");
                units.Require(fourier.Period, pointer + "/period", UnitRules.Time, "a time");
                break;
        }
    }

    private void CheckOutputs(OutputSpec outputs)
    {
        units.Require(outputs.Interval, "/outputs/interval", UnitRules.Time, "a time");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < outputs.Variables.Length; i++)
        {
            var name = outputs.Variables[i].Name;
            if (!seen.TryAdd(name, i))
            {
                problems.At($"/outputs/variables/{i}/name", $"output variable '{name}' is already declared by outputs.variables[{seen[name]}]", preferValue: true);
            }
        }
    }

    // A declared plot of a variable the case never asks for would only show up as a missing plot in the report.
    private void CheckReportPlots(CaseDocument doc)
    {
        var plots = doc.ReportPlots.IsDefault ? [] : doc.ReportPlots;
        var declared = doc.Outputs.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plots.Length; i++)
        {
            foreach (var (axis, name) in new[] { ("x", plots[i].X), ("y", plots[i].Y) })
            {
                if (name != "time" && !declared.Contains(name))
                {
                    problems.At($"/report/plots/{i}/{axis}",
                        $"'{name}' is not a declared output variable; expected 'time' or one of: {string.Join(", ", declared.Order(StringComparer.Ordinal))}",
                        preferValue: true);
                }
            }
        }
    }

    private Problem Warning(string pointer, string message)
    {
        var position = problems.Map.Locate(pointer);
        return new Problem(problems.File, position?.Line, position?.Column, SourceMap.FieldName(pointer), message, ProblemSeverity.Warning);
    }
}
