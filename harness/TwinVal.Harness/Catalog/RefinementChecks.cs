using System.Globalization;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Checks of the refinement ladder and the convergence checks that use it: a convergence check needs a ladder, a ladder
/// without a convergence check would be solved for nothing, steps are times, and no two levels share a value (a
/// refinement ratio of 1 carries no information).
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
        }
    }
}
