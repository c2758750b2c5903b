using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Evidence.Convergence;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Running;

/// <summary>
/// Judges the convergence checks of one run from the solves of its refinement ladder: the check's QoI is extracted from
/// every level's output and the ladder is analysed by <see cref="GridConvergence"/> (Celik et al. 2008,
/// doi:10.1115/1.2960953). A level that failed or was never solved, or whose QoI cannot be extracted, makes the check
/// an Error that names the level: a ladder with a hole cannot give an order.
/// </summary>
public static class RefinementStudies
{
    /// <summary>
    /// One or more results per convergence check of <paramref name="baseRun"/>'s case (one per judged criterion), from
    /// <paramref name="levels"/> and their outputs (a null output: the level was not solved).
    /// </summary>
    public static ImmutableArray<CheckResult> Judge(PlannedRun baseRun, IReadOnlyList<(RefinementLevelRun Level, RunOutput? Output)> levels) =>
        Analyze(baseRun, levels).Checks;

    /// <summary>
    /// As <see cref="Judge"/>, and also the ladder data of every convergence check whose levels were all solved: levels
    /// (h, φ) with the run-record path of each level's output, observed order, extrapolated value, GCI.
    /// </summary>
    public static (ImmutableArray<CheckResult> Checks, ImmutableArray<LadderRecord> Ladders) Analyze(
        PlannedRun baseRun, IReadOnlyList<(RefinementLevelRun Level, RunOutput? Output)> levels)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(levels);
        var results = ImmutableArray.CreateBuilder<CheckResult>();
        var ladders = ImmutableArray.CreateBuilder<LadderRecord>();
        var parameter = baseRun.Case.Refinement?.Parameter;
        foreach (var check in baseRun.Case.Acceptance.Where(c => c.Metric == MetricKind.Convergence))
        {
            var (checks, ladder) = JudgeCheck(check, levels, parameter switch
            {
                RefinementParameter.Rtol => "rtol",
                RefinementParameter.Dx => "h in m",
                _ => "h in s",
            });
            results.AddRange(checks);
            if (ladder is { } study)
            {
                ladders.Add(Record(baseRun, check, study, levels, parameter));
            }
        }

        return (results.ToImmutable(), ladders.ToImmutable());
    }

    private static LadderLevel Level(PlannedRun baseRun, int level, RefinementLevel solved) =>
        new(level, solved.H, solved.Phi, RunRecordWriter.LevelOutputName(baseRun.Case.Id, baseRun.Solver.Id, level));

    private static LadderRecord Record(
        PlannedRun baseRun, AcceptanceCheck check, (ConvergenceStudy Study, Units.Unit? Unit) ladder,
        IReadOnlyList<(RefinementLevelRun Level, RunOutput? Output)> levels, RefinementParameter? parameter)
    {
        var study = ladder.Study;
        var byH = levels.Select(l => l.Level).ToLookup(l => l.H);
        return new LadderRecord(
            check.Id,
            check.Variable,
            KebabOf(check),
            parameter == RefinementParameter.Rtol ? "rtol" : "h",
            parameter switch { RefinementParameter.Rtol => "1", RefinementParameter.Dx => "m", _ => "s" },
            ladder.Unit?.Symbol ?? "1",
            [.. study.Levels.Select(l => Level(baseRun, byH[l.H].First().Level, l))],
            KebabCase.Of(study.Behaviour),
            check.Convergence?.ExpectedOrder,
            study.ObservedOrder,
            study.OrderUsed,
            study.ExtrapolatedValue,
            study.GciFine,
            study.AsymptoticRatio);
    }

    private static (IEnumerable<CheckResult> Checks, (ConvergenceStudy Study, Units.Unit? Unit)? Ladder) JudgeCheck(
        AcceptanceCheck check, IReadOnlyList<(RefinementLevelRun Level, RunOutput? Output)> levels, string hName)
    {
        var ladder = new List<RefinementLevel>(levels.Count);
        Units.Unit? unit = null;
        foreach (var (level, output) in levels.OrderBy(l => l.Level.Level))
        {
            var name = Invariant($"level {level.Level} (h = {level.H:G6})");
            if (Phi(check, output, unit) is not { } phi)
            {
                return ([Error(check, $"{name}: {Reason(check, output, unit)}")], null);
            }

            unit ??= phi.Unit;
            ladder.Add(new RefinementLevel(level.H, phi.Value));
        }

        var spec = check.Convergence!;
        var study = GridConvergence.Analyze(ladder, new ConvergenceCriterion(spec.ExpectedOrder, spec.OrderTolerance, spec.GciLimit));
        var levelText = string.Join(", ", ladder.Select(l => Invariant($"({l.H:G6}, {l.Phi:R})")));
        var checks = study.Checks.Select(c => c.ToCheckResult(check.Id, check.Variable) with
        {
            Metric = "convergence:" + c.Metric,
            Message = Invariant($"{c.Message}; {study.Behaviour}; levels ({hName}, {KebabOf(check)} in {unit?.Symbol ?? "1"}): {levelText}"),
        });
        return (checks, (study, unit));
    }

    private static Units.Quantity? Phi(AcceptanceCheck check, RunOutput? output, Units.Unit? unit)
    {
        if (output is not { Failure: null, Output: { } solved } || solved.Series.Find(check.Variable) is not { } values
            || !QoiExtractor.TryExtract(check.Qoi!, solved.Series.Time, values, out var quantity, out _))
        {
            return null;
        }

        // Every level is read in the first level's unit, so a solver that changes units between levels is still compared right.
        return unit is { } u && quantity.Unit.IsCompatibleWith(u) ? quantity.ConvertTo(u) : unit is null ? quantity : null;
    }

    private static string Reason(AcceptanceCheck check, RunOutput? output, Units.Unit? unit) => output switch
    {
        null => "not solved (the run was cancelled before the ladder finished)",
        { Failure: { } failure } => $"the solve failed: {failure.Message}",
        { Output: null } => "not solved",
        { Output: { } solved } when solved.Series.Find(check.Variable) is null => $"the output has no column '{check.Variable}'",
        { Output: { } solved } when !QoiExtractor.TryExtract(check.Qoi!, solved.Series.Time, solved.Series.Find(check.Variable)!, out _, out var error) => $"no {KebabOf(check)}: {error}",
        _ => $"its {KebabOf(check)} is not in a unit compatible with the other levels' ({unit?.Symbol})",
    };

    private static CheckResult Error(AcceptanceCheck check, string message) =>
        new(check.Id, "convergence", check.Variable, double.NaN, double.NaN, double.NaN, "1", Verdict.Error, message);

    private static string KebabOf(AcceptanceCheck check) => Reporting.KebabCase.Of(check.Qoi!.Kind);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
