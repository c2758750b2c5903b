using System.Collections.Immutable;

namespace TwinVal.Harness.Planning;

/// <summary>
/// Expands the refinement ladders of a plan: every supported run of a case with a <c>refinement</c> block and a
/// convergence check becomes one extra solve per level, with the case's numerics at the level's value. Unsupported
/// runs have nothing to refine.
/// </summary>
public static class RefinementPlanner
{
    /// <summary>The level solves of <paramref name="plan"/>, as a plan of their own (indices from 0) and per solve its origin.</summary>
    public static (RunPlan Plan, ImmutableArray<RefinementLevelRun> Levels) Expand(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var levels = ImmutableArray.CreateBuilder<RefinementLevelRun>();
        foreach (var run in plan.Runs.Where(r => r.Supported && r.Case.Refinement is not null
                     && r.Case.Acceptance.Any(c => c.Metric == Catalog.MetricKind.Convergence)))
        {
            var ladder = run.Case.Refinement!;
            for (var level = 0; level < ladder.Count; level++)
            {
                var levelCase = run.Case with { Numerics = ladder.Apply(run.Case.Numerics, level) };
                levels.Add(new RefinementLevelRun(new PlannedRun(levels.Count, levelCase, run.Solver, Supported: true), run.Index, level, ladder.H(level)));
            }
        }

        var frozen = levels.ToImmutable();
        return (new RunPlan(plan.Cases, plan.Solvers, [.. frozen.Select(l => l.Run)]), frozen);
    }
}
