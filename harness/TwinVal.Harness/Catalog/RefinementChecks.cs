using System.Globalization;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the refinement ladder and the convergence checks that use it: a convergence check needs a ladder, a ladder
/// without a convergence check would be solved for nothing, steps are times, and no two levels share a value (a
/// refinement ratio of 1 carries no information). With a declared output interval, every fixed step must divide it: the
/// fixed-step driver also stops at every output time, so a step that does not divide the interval (or exceeds it) is
/// cut short at each sample, every level then takes nearly the same steps, and the study measures nothing.
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
}
