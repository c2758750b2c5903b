using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Running;

/// <summary>
/// Expands the input-uncertainty samples of a plan's validation studies: every supported run of a case whose
/// <c>validation</c> block declares input uncertainty becomes N solves, sample i with the parameters of row i of the
/// seeded design (<see cref="SampleDesign"/>) read through each distribution's quantile function.
/// </summary>
public static class ValidationSamplePlanner
{
    /// <summary>The sample solves of <paramref name="plan"/>, as a plan of their own (indices from 0) and per solve its origin.</summary>
    public static (RunPlan Plan, ImmutableArray<ValidationSample> Samples) Expand(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var samples = ImmutableArray.CreateBuilder<ValidationSample>();
        foreach (var run in plan.Runs.Where(r => r.Supported && r.Case.Validation?.Inputs is not null))
        {
            var spec = run.Case.Validation!.Inputs!;
            var rows = Draw(spec);
            for (var i = 0; i < spec.Samples; i++)
            {
                var values = rows[i];
                var sampleCase = run.Case with { Parameters = [.. run.Case.Parameters.Select(p => values.FirstOrDefault(v => v.Name == p.Name) ?? p)] };
                samples.Add(new ValidationSample(new PlannedRun(samples.Count, sampleCase, run.Solver, Supported: true, run.Seed), run.Index, i, values));
            }
        }

        var frozen = samples.ToImmutable();
        return (new RunPlan(plan.Cases, plan.Solvers, [.. frozen.Select(s => s.Run)]), frozen);
    }

    /// <summary>Every sample's parameter values, in design order: row i, parameter d is the quantile of design probability (i, d).</summary>
    public static ImmutableArray<ImmutableArray<NamedQuantity>> Draw(InputUncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var dimensions = spec.Parameters.Length;
        var design = SampleDesign.Draw(spec.Samples, dimensions, spec.Method, spec.Seed);
        var method = Reporting.KebabCase.Of(spec.Method);
        return
        [
            .. Enumerable.Range(0, spec.Samples).Select(i => spec.Parameters.Select((p, d) => new NamedQuantity(
                p.Name,
                new Quantity(p.Distribution.Quantile(design.Probabilities[(i * dimensions) + d]), p.Unit),
                string.Create(CultureInfo.InvariantCulture, $"validation input sample {i} from {p.Distribution.Kind} ({method}, seed {spec.Seed})"))).ToImmutableArray()),
        ];
    }
}
