using System.Globalization;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the refinement ladder and the convergence checks that use it: a convergence check needs a ladder, a ladder
/// without a convergence check would be solved for nothing, steps are times, and no two levels share a value (a
/// refinement ratio of 1 carries no information). With a declared output interval, every fixed step must divide it: the
/// fixed-step driver also stops at every output time, so a step that does not divide the interval (or exceeds it) is
/// cut short at each sample, every level then takes nearly the same steps, and the study measures nothing. Without an
/// interval the samples are the reference table's times, and every fixed step must divide each gap between them.
/// </summary>
internal sealed class RefinementChecks(ProblemList problems)
{
    private readonly UnitRules units = new(problems);

    public void Check(CaseDocument doc)
    {
        var convergence = doc.Acceptance.Select((c, i) => (Check: c, Index: i)).Where(x => x.Check.Metric == MetricKind.Convergence).ToList();
        if (doc.Refinement is null)
        {
            foreach (var (_, index) in convergence)
            {
                problems.At($"/acceptance/{index}/metric", "a convergence check needs a refinement ladder: add refinement: {fixed-step: [...]}, {dx: [...]} or {rtol: [...]} to the case", preferValue: true);
            }

            return;
        }

        if (convergence.Count == 0)
        {
            var position = problems.Map.Locate("/refinement");
            problems.Add(new Problem(problems.File, position?.Line, position?.Column, "refinement", "no convergence check uses this ladder; its levels are not solved", ProblemSeverity.Warning));
            return;
        }

        var ladder = doc.Refinement;
        var name = ladder.Parameter switch
        {
            RefinementParameter.FixedStep => "fixed-step",
            RefinementParameter.Dx => "dx",
            _ => "rtol",
        };
        var seen = new Dictionary<double, int>();
        for (var i = 0; i < ladder.Count; i++)
        {
            var pointer = $"/refinement/{name}/{i}";
            var (unit, expected) = ladder.Parameter == RefinementParameter.Dx ? (UnitRules.Length, "a length") : (UnitRules.Time, "a time");
            if (ladder.Parameter != RefinementParameter.Rtol
                && (!units.Require(ladder.Steps[i], pointer, unit, expected) || problems.HasProblemAt(pointer + "/unit")))
            {
                continue;
            }

            if (!seen.TryAdd(ladder.H(i), i))
            {
                problems.At(pointer, string.Create(CultureInfo.InvariantCulture, $"level {i} repeats level {seen[ladder.H(i)]} ({ladder.H(i):G6}); every level needs its own value"));
            }

            CheckDividesInterval(doc, ladder, i, pointer);
        }
    }

    private void CheckDividesInterval(CaseDocument doc, RefinementLadder ladder, int level, string pointer)
    {
        if (ladder.Parameter != RefinementParameter.FixedStep || doc.Outputs.Interval is not { } interval || !interval.Unit.IsCompatibleWith(UnitRules.Time))
        {
            return;
        }

        var h = ladder.H(level);
        var samples = interval.In(UnitRules.Time) / h;

        // A relative slack of 1e-9 absorbs the decimal-to-binary rounding of values such as 0.1 ms / 0.02 ms.
        if (samples < 1 - 1e-9 || Math.Abs(samples - Math.Round(samples)) > 1e-9 * samples)
        {
            problems.At(pointer, string.Create(
                CultureInfo.InvariantCulture,
                $"step {h:G6} s does not divide the output interval ({interval}): the fixed-step driver also stops at every output time, so this level would not take steps of {h:G6} s; choose steps that divide the interval (e.g. interval/1, /2, /4)"));
        }
    }

    /// <summary>
    /// Without an output interval the solver samples at the reference times (the table <c>RequestFactory</c> picks), so
    /// every fixed step must divide the gap from the start to the first time and between consecutive times.
    /// </summary>
    public void CheckDividesReferenceTimes(CaseDocument doc, IReadOnlyList<ReferenceTable> tables)
    {
        if (doc.Refinement is not { Parameter: RefinementParameter.FixedStep } ladder || doc.Outputs.Interval is not null ||
            problems.HasProblemAt("/protocol/start-time/unit") || !doc.Protocol.StartTime.Unit.IsCompatibleWith(UnitRules.Time))
        {
            return;
        }

        var names = doc.Outputs.Variables.Select(v => v.Name).ToList();
        var table = tables.FirstOrDefault(t => names.All(n => t.Data.Find(n) is not null)) ?? (tables.Count > 0 ? tables[0] : null);
        if (table is null || !table.Data.Time.Unit.IsCompatibleWith(UnitRules.Time))
        {
            return;
        }

        var times = table.Data.Time.Values.Select(t => table.Data.Time.Unit.Convert(t, UnitRules.Time)).Prepend(doc.Protocol.StartTime.In(UnitRules.Time)).ToArray();
        for (var level = 0; level < ladder.Count; level++)
        {
            // A level that is not a time was reported by Check; it has no step to compare.
            if (!ladder.Steps[level].Unit.IsCompatibleWith(UnitRules.Time))
            {
                continue;
            }

            var h = ladder.H(level);
            for (var i = 1; i < times.Length; i++)
            {
                var gap = times[i] - times[i - 1];
                var steps = gap / h;

                // A zero gap is the first reference row at the start time; the same 1e-9 slack as for the interval.
                if (gap != 0.0 && (steps < 1 - 1e-9 || Math.Abs(steps - Math.Round(steps)) > 1e-9 * steps))
                {
                    problems.At($"/refinement/fixed-step/{level}", string.Create(
                        CultureInfo.InvariantCulture,
                        $"step {h:G6} s does not divide the gap {gap:G6} s between samples at {times[i - 1]:G6} s and {times[i]:G6} s (the case has no output interval, so the solver samples at the times of '{table.Path}'): the fixed-step driver also stops at every sample, so this level would not take steps of {h:G6} s; give outputs.interval or use steps that divide every gap"));
                    break;
                }
            }
        }
    }
}
