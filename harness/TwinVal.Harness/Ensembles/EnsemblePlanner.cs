using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Ensembles;

/// <summary>
/// Expands the ensembles of a plan: every supported run of a case with an <c>ensemble</c> block becomes N member solves,
/// member i with seed base-seed + i and its own draw of the sampled parameters. Unsupported runs have no members.
/// </summary>
public static class EnsemblePlanner
{
    // The parameter draws come from their own xoshiro stream (the member seed mixed with this constant), so a solver that
    // also seeds xoshiro256** with the member seed for its noise does not see its first numbers equal the parameter draws.
    private const ulong SampleStream = 0x9E3779B97F4A7C15UL;

    /// <summary>The member solves of <paramref name="plan"/>, as a plan of their own (indices from 0) and per solve its origin.</summary>
    public static (RunPlan Plan, ImmutableArray<EnsembleMember> Members) Expand(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var members = ImmutableArray.CreateBuilder<EnsembleMember>();
        foreach (var run in plan.Runs.Where(r => r.Supported && r.Case.Ensemble is not null))
        {
            var spec = run.Case.Ensemble!;
            for (var i = 0; i < spec.Runs; i++)
            {
                var seed = spec.SeedOf(i);
                var sampled = Draw(spec.Sample, seed);
                var memberCase = sampled.IsEmpty ? run.Case : run.Case with { Parameters = Replace(run.Case.Parameters, sampled) };
                members.Add(new EnsembleMember(new PlannedRun(members.Count, memberCase, run.Solver, Supported: true, seed), run.Index, i, seed, sampled));
            }
        }

        var frozen = members.ToImmutable();
        return (new RunPlan(plan.Cases, plan.Solvers, [.. frozen.Select(m => m.Run)]), frozen);
    }

    /// <summary>
    /// The values of <paramref name="sample"/> for the member with <paramref name="seed"/>, in declaration order: each by
    /// its distribution's quantile of one uniform number from the member's sampling stream.
    /// </summary>
    public static ImmutableArray<NamedQuantity> Draw(ImmutableArray<SampledParameter> sample, long seed)
    {
        if (sample.IsDefaultOrEmpty)
        {
            return [];
        }

        var random = new Xoshiro256StarStar(unchecked((ulong)seed) ^ SampleStream);
        return [.. sample.Select(p => new NamedQuantity(p.Name, new Quantity(p.Distribution.Quantile(random.NextOpenUnit()), p.Unit), $"drawn from {p.Distribution.Kind} (seed {seed})"))];
    }

    private static ImmutableArray<NamedQuantity> Replace(ImmutableArray<NamedQuantity> parameters, ImmutableArray<NamedQuantity> drawn) =>
        [.. parameters.Select(p => drawn.FirstOrDefault(d => d.Name == p.Name) ?? p)];
}
