using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// The comparison stage: evaluates every acceptance check of a case against a solver's output, in declaration order.
/// Anything that prevents a check from being evaluated (missing column, incompatible unit, no overlap in time) becomes an
/// Error result for that check; the other checks are still evaluated.
/// </summary>
public sealed class Comparer
{
    private readonly Dictionary<MetricKind, IMetric> metrics;

    /// <summary>Creates a comparer with one metric per kind.</summary>
    /// <exception cref="ArgumentException">Two metrics evaluate the same kind.</exception>
    public Comparer(IEnumerable<IMetric> metrics)
    {
        this.metrics = [];
        foreach (var metric in metrics)
        {
            if (!this.metrics.TryAdd(metric.Kind, metric))
            {
                throw new ArgumentException($"two metrics evaluate '{MetricNames.Kebab(metric.Kind)}'", nameof(metrics));
            }
        }
    }

    /// <summary>A comparer with every built-in metric.</summary>
    public static Comparer Default { get; } = new(
        [new PointwiseMetric(), new MaxAbsMetric(), new RmseMetric(), new RelL2Metric(), new RelLinfMetric(), new QoiMetric()]);

    /// <summary>
    /// One result per acceptance check of <paramref name="referenceCase"/>, in the case's order, except convergence
    /// checks: they judge a whole refinement ladder, not one output, and are evaluated by <c>RefinementStudies</c>.
    /// </summary>
    public ImmutableArray<CheckResult> Compare(ReferenceCase referenceCase, SolverOutput output)
    {
        var aligned = new Dictionary<string, (ComparisonInput? Input, string? Error)>(StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<CheckResult>(referenceCase.Acceptance.Length);
        foreach (var check in referenceCase.Acceptance.Where(c => c.Metric != MetricKind.Convergence))
        {
            if (!aligned.TryGetValue(check.Variable, out var alignment))
            {
                // A range check needs no golden series: without a reference column it reads the solver's own samples.
                alignment = check.Range is not null && referenceCase.Reference.TableFor(check.Variable) is null
                    ? SolutionOnly(referenceCase, output, check.Variable)
                    : Align(referenceCase, output, check.Variable);
                aligned.Add(check.Variable, alignment);
            }

            results.Add(Evaluate(check, alignment.Input, alignment.Error, referenceCase));
        }

        return results.ToImmutable();
    }

    private CheckResult Evaluate(AcceptanceCheck check, ComparisonInput? input, string? error, ReferenceCase referenceCase)
    {
        if (input is null)
        {
            // The comparison unit is the reference column's, as declared in the case's outputs.
            var unit = referenceCase.Outputs.Variables.FirstOrDefault(v => v.Name == check.Variable)?.Unit.Symbol ?? "1";
            return CheckResults.Error(check, unit, error ?? $"'{check.Variable}' could not be aligned");
        }

        return metrics.TryGetValue(check.Metric, out var metric)
            ? metric.Evaluate(check, input)
            : CheckResults.Error(check, input.Reference.Unit.Symbol, $"no metric evaluates '{MetricNames.Kebab(check.Metric)}' in this comparer");
    }

    private static (ComparisonInput? Input, string? Error) SolutionOnly(ReferenceCase referenceCase, SolverOutput output, string variable)
    {
        if (output.Series.Find(variable) is not { } solution)
        {
            return (null, MissingColumn(output, variable));
        }

        var declared = referenceCase.Outputs.Variables.FirstOrDefault(v => v.Name == variable)?.Unit ?? solution.Unit;
        if (!solution.Unit.IsCompatibleWith(declared))
        {
            return (null, $"solver column '{variable}' is in '{solution.Unit.Symbol}', not compatible with the declared '{declared.Symbol}'");
        }

        var inUnit = solution.ConvertTo(declared);
        return (new ComparisonInput(output.Series.Time, inUnit, inUnit, "solver's own samples; range checks need no reference series"), null);
    }

    private static string MissingColumn(SolverOutput output, string variable)
    {
        var present = output.Series.Columns.Select(c => $"'{c.Name}'").ToList();
        var list = present.Count == 0 ? "no columns" : string.Join(", ", present);
        return $"solver output has no column '{variable}'; it has: {list}";
    }

    private static (ComparisonInput? Input, string? Error) Align(ReferenceCase referenceCase, SolverOutput output, string variable)
    {
        var table = referenceCase.Reference.TableFor(variable);
        if (table?.Data.Find(variable) is not { } reference)
        {
            return (null, $"case '{referenceCase.Id}' has no reference column '{variable}'");
        }

        if (output.Series.Find(variable) is not { } solution)
        {
            return (null, MissingColumn(output, variable));
        }

        return GridAligner.TryAlign(table.Data.Time, reference, output.Series.Time, solution, out var input, out var error)
            ? (input, null)
            : (null, error);
    }
}
