using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Planning;

/// <summary>
/// Builds the run matrix: selected cases × selected solvers, case-major, cases ordered by id and solvers by id, so the
/// same inputs always give the same plan. A solver that does not implement a case's model is planned as unsupported.
/// </summary>
public static class Planner
{
    /// <summary>Plans <paramref name="cases"/> against <paramref name="solvers"/> as <paramref name="options"/> select.</summary>
    public static PlanningResult Plan(IEnumerable<ReferenceCase> cases, IEnumerable<ISolver> solvers, PlanOptions options)
    {
        var allCases = cases.ToImmutableArray();
        var allSolvers = solvers.ToImmutableArray();
        var (selector, problems) = CaseSelector.Parse(options.CasePattern);
        var builder = problems.ToBuilder();
        var chosenSolvers = SelectSolvers(allSolvers, options.SolverIds, builder);
        if (builder.Count > 0)
        {
            return new PlanningResult(Empty, builder.ToImmutable());
        }

        var chosenCases = allCases
            .Where(c => selector.Matches(c) && (options.TierCeiling is not { } ceiling || c.Tier <= ceiling))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        foreach (var term in selector.Terms.Where(t => !allCases.Any(t.Matches)))
        {
            builder.Add(new Problem(CaseSelector.CommandLine, null, null, "--cases",
                $"'{term}' selects no case of the {allCases.Length} loaded", ProblemSeverity.Warning));
        }

        if (chosenCases.IsEmpty)
        {
            var ceilingText = options.TierCeiling is { } t ? $" up to tier {t.ToString().ToLowerInvariant()}" : string.Empty;
            builder.Add(new Problem(CaseSelector.CommandLine, null, null, "--cases",
                $"no case selected{ceilingText} from the {allCases.Length} loaded; nothing to run"));
            return new PlanningResult(Empty, builder.ToImmutable());
        }

        var runs = ImmutableArray.CreateBuilder<PlannedRun>(chosenCases.Length * chosenSolvers.Length);
        foreach (var referenceCase in chosenCases)
        {
            foreach (var solver in chosenSolvers)
            {
                var supported = solver.SupportedModels.Contains(referenceCase.Model.Id, StringComparer.Ordinal);
                runs.Add(new PlannedRun(runs.Count, referenceCase, solver, supported));
            }
        }

        return new PlanningResult(new RunPlan(chosenCases, chosenSolvers, runs.MoveToImmutable()), builder.ToImmutable());
    }

    private static RunPlan Empty { get; } = new([], [], []);

    private static ImmutableArray<ISolver> SelectSolvers(
        ImmutableArray<ISolver> all, IReadOnlyList<string>? ids, ImmutableArray<Problem>.Builder problems)
    {
        var ordered = all.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();
        var wanted = (ids ?? []).SelectMany(i => i.Split(',')).Select(i => i.Trim()).Where(i => i.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            if (ordered.IsEmpty)
            {
                problems.Add(new Problem(CaseSelector.CommandLine, null, null, "--solvers", "no solver is registered; nothing to run"));
            }

            return ordered;
        }

        var available = ordered.IsEmpty ? "none" : string.Join(", ", ordered.Select(s => s.Id));
        foreach (var unknown in wanted.Where(id => !ordered.Any(s => s.Id == id)))
        {
            problems.Add(new Problem(CaseSelector.CommandLine, null, null, "--solvers",
                $"unknown solver '{unknown}'; available solvers: {available}"));
        }

        return [.. ordered.Where(s => wanted.Contains(s.Id))];
    }
}
