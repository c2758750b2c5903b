using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Running;

/// <summary>
/// Judges the V&amp;V 20 comparisons of one run (ASME V&amp;V 20-2009, "Standard for Verification and Validation in
/// Computational Fluid Dynamics and Heat Transfer", §1-5 and §2–4): S from the nominal output, D and u_D as declared,
/// u_num declared or from a convergence check's GCI, u_input as the sample SD of the QoI over the input samples; then
/// <see cref="ValidationMetric"/>. Anything missing (a failed sample, no ladder, no QoI) makes the check an Error that says what.
/// </summary>
public static class ValidationJudge
{
    /// <summary>Check metric of every V&amp;V 20 comparison.</summary>
    public const string Metric = "validation:vv20";

    /// <summary>
    /// One check and one record per comparison of <paramref name="baseRun"/>'s case, from its nominal
    /// <paramref name="nominal"/> output, its <paramref name="ladders"/> and its input <paramref name="samples"/> in design
    /// order (a null output: the sample was not solved).
    /// </summary>
    public static ImmutableArray<(CheckResult Check, ValidationRecord Record)> Assess(
        PlannedRun baseRun, SolverOutput nominal, ImmutableArray<LadderRecord> ladders, IReadOnlyList<RunOutput?> samples)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(samples);
        return baseRun.Case.Validation is not { } spec
            ? []
            : [.. spec.Comparisons.Select(c => Assess(c, spec.Inputs, nominal, ladders.IsDefault ? [] : ladders, samples))];
    }

    private static (CheckResult, ValidationRecord) Assess(
        ValidationComparisonSpec c, InputUncertaintySpec? inputs, SolverOutput nominal, ImmutableArray<LadderRecord> ladders, IReadOnlyList<RunOutput?> samples)
    {
        var unit = c.Datum.Unit;
        var (uNum, numSource, numProblem) = Numerical(c, ladders, unit);
        var (uInput, inputProblem) = Input(c, inputs, samples, unit);
        var (s, sProblem) = Qoi(c, nominal, unit);
        var record = new ValidationRecord(
            c.Id, c.Variable, KebabCase.Of(c.Qoi.Kind), unit.Symbol, s, c.Datum.Value, s - c.Datum.Value, uNum, numSource, uInput,
            c.DatumUncertainty.In(unit), double.NaN, c.CoverageFactor, c.ClinicalTolerance?.In(unit),
            inputs is null ? "none" : KebabCase.Of(inputs.Method), inputs?.Samples ?? 0, inputs?.Seed ?? 0, c.DatumCitation);
        if ((sProblem ?? numProblem ?? inputProblem) is { } problem)
        {
            return (new CheckResult(c.Id, Metric, c.Variable, double.NaN, double.NaN, double.NaN, unit.Symbol, Verdict.Error, $"V&V 20 comparison not evaluable: {problem}"), record);
        }

        var assessment = ValidationMetric.Evaluate(
            s, c.Datum.Value, new ValidationUncertainties(uNum, uInput, record.DataUncertainty),
            new ValidationCriterion(c.CoverageFactor, record.ClinicalTolerance, unit.Symbol));
        var check = assessment.Check.ToCheckResult(c.Id, c.Variable) with
        {
            Metric = Metric,
            Message = Invariant($"{assessment.Check.Message}; u_num from {numSource}; u_input from {Sampling(inputs)}; δ_model ∈ [{assessment.ModelErrorLow:G6}, {assessment.ModelErrorHigh:G6}] {unit.Symbol}"),
        };
        return (check, record with { ValidationUncertainty = assessment.ValidationUncertainty });
    }

    private static (double Value, string Source, string? Problem) Numerical(ValidationComparisonSpec c, ImmutableArray<LadderRecord> ladders, Unit unit)
    {
        var source = c.Numerical;
        if (source.Declared is { } declared)
        {
            return (declared.In(unit), $"declared ({source.Justification})", null);
        }

        var ladder = ladders.FirstOrDefault(l => l.CheckId == source.ConvergenceCheck);
        if (ladder is null || ladder.Levels.IsEmpty || !Unit.TryParse(ladder.PhiUnit, out var phiUnit, out _) || !phiUnit.IsCompatibleWith(unit))
        {
            return (double.NaN, $"convergence check '{source.ConvergenceCheck}'", $"convergence check '{source.ConvergenceCheck}' has no complete ladder in a unit compatible with {unit.Symbol} (a level failed or was not solved), so u_num is unknown");
        }

        // GCI_fine21 is relative to the finest level's φ; the declared divisor turns the expanded uncertainty into a standard one.
        var phi = ladder.Levels[0].Phi;
        var value = new Quantity(ladder.GciFine * Math.Abs(phi) / source.GciDivisor, phiUnit).In(unit);
        var text = Invariant($"GCI of convergence check '{source.ConvergenceCheck}': {ladder.GciFine:G6} × |φ_1| = {Math.Abs(phi):G6} {phiUnit.Symbol} / {source.GciDivisor:G6} ({source.Justification})");
        return double.IsFinite(value) ? (value, text, null) : (double.NaN, text, $"the GCI of convergence check '{source.ConvergenceCheck}' is not finite ({ladder.GciFine})");
    }

    private static (double Value, string? Problem) Input(ValidationComparisonSpec c, InputUncertaintySpec? inputs, IReadOnlyList<RunOutput?> samples, Unit unit)
    {
        if (inputs is null)
        {
            return (0, null);
        }

        if (samples.Count != inputs.Samples)
        {
            return (double.NaN, $"{samples.Count} of {inputs.Samples} input samples were solved");
        }

        var values = new double[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            var (value, problem) = samples[i] switch
            {
                null => (double.NaN, "not solved (the run was cancelled)"),
                { Failure: { } failure } => (double.NaN, $"the solve failed: {failure.Message}"),
                { Output: { } output } => Qoi(c, output, unit),
                _ => (double.NaN, "not solved"),
            };
            if (problem is not null)
            {
                return (double.NaN, Invariant($"input sample {i}: {problem}"));
            }

            values[i] = value;
        }

        var result = UncertaintyPropagation.Summarize(values, inputs.Options);
        return result.IsComplete && double.IsFinite(result.StandardDeviation)
            ? (result.StandardDeviation, null)
            : (double.NaN, Invariant($"{result.NonFiniteCount} of {result.SampleCount} input samples gave a non-finite QoI"));
    }

    private static (double Value, string? Problem) Qoi(ValidationComparisonSpec c, SolverOutput output, Unit unit)
    {
        if (output.Series.Find(c.Variable) is not { } values)
        {
            return (double.NaN, $"the output has no column '{c.Variable}'");
        }

        if (!QoiExtractor.TryExtract(c.Qoi, output.Series.Time, values, out var quantity, out var error))
        {
            return (double.NaN, $"no {KebabCase.Of(c.Qoi.Kind)} of '{c.Variable}': {error}");
        }

        return quantity.Unit.IsCompatibleWith(unit)
            ? (quantity.In(unit), null)
            : (double.NaN, $"the QoI's unit {quantity.Unit.Symbol} is not compatible with the datum's ({unit.Symbol})");
    }

    private static string Sampling(InputUncertaintySpec? inputs) => inputs is null
        ? "no declared input uncertainty (0)"
        : Invariant($"the SD over {inputs.Samples} {KebabCase.Of(inputs.Method)} samples (seed {inputs.Seed}) of {string.Join(", ", inputs.Parameters.Select(p => $"{p.Name} ~ {p.Distribution.Kind}"))}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
