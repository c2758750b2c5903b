using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;
using TwinVal.Harness.Evidence.Stochastic;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Ensembles;

/// <summary>
/// Judges the ensemble checks of one case × solver from its members' outputs. A member that failed or was not solved
/// makes every check an Error naming its seed: a sample with holes is not the sample the bounds were declared for.
/// </summary>
public static class EnsembleJudge
{
    private const int NamedSeeds = 5;

    /// <summary>The checks and member table of <paramref name="spec"/> from <paramref name="members"/> (a null output: not solved).</summary>
    public static EnsembleOutcome Judge(EnsembleSpec spec, IReadOnlyList<(EnsembleMember Member, RunOutput? Output)> members)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(members);
        var ordered = members.OrderBy(m => m.Member.Member).ToList();
        var failures = ordered.Where(m => m.Output is not { Failure: null, Output: not null })
            .Select(m => Invariant($"member {m.Member.Member} (seed {m.Member.Seed}): {Reason(m.Output)}")).ToList();
        var columns = spec.Checks.Select(c => Extract(c, ordered)).ToList();
        var results = ImmutableArray.CreateBuilder<CheckResult>(spec.Checks.Length);
        for (var k = 0; k < spec.Checks.Length; k++)
        {
            var check = spec.Checks[k];
            var metric = "ensemble:" + Reporting.KebabCase.Of(check.Test);
            if (failures.Count > 0 || ordered.Count != spec.Runs)
            {
                var detail = failures.Count > 0
                    ? $"{failures.Count} of {spec.Runs} members failed: {string.Join("; ", failures.Take(NamedSeeds))}{(failures.Count > NamedSeeds ? "; …" : string.Empty)}"
                    : Invariant($"{ordered.Count} members solved; the case declares {spec.Runs}");
                results.Add(Error(check, metric, detail));
                continue;
            }

            results.Add(check.Test == EnsembleTest.Moments ? Moments(check, metric, columns[k], ordered) : Fraction(check, metric, columns[k], spec.Runs));
        }

        return new EnsembleOutcome(results.MoveToImmutable(), Csv(spec, ordered, columns));
    }

    private static CheckResult Moments(EnsembleCheck check, string metric, QoiColumn column, List<(EnsembleMember Member, RunOutput? Output)> members)
    {
        var missing = column.Values.Select((v, i) => (v, i)).Where(x => x.v is null).Select(x => x.i).ToList();
        if (missing.Count > 0 || column.Unit is not { } unit)
        {
            var named = string.Join("; ", missing.Take(NamedSeeds).Select(i => Invariant($"member {members[i].Member.Member} (seed {members[i].Member.Seed}): {column.Errors[i]}")));
            return Error(check, metric, $"{missing.Count} of {members.Count} members have no {Kebab(check)} of '{check.Variable}', so its mean and variance are undefined: {named}");
        }

        if (!check.ExpectedMean!.Value.Unit.IsCompatibleWith(unit) || !check.ExpectedStandardDeviation!.Value.Unit.IsCompatibleWith(unit))
        {
            return Error(check, metric, $"expected-mean and expected-sd must be compatible with the QoI's unit ({unit.Symbol})");
        }

        var samples = column.Values.Select(v => v!.Value).ToArray();
        var result = MomentTest.Evaluate(
            samples, check.ExpectedMean.Value.ConvertTo(unit).Value, check.ExpectedStandardDeviation.Value.ConvertTo(unit).Value,
            new MomentTestBounds(check.MeanBound, check.VarianceBound, MinimumRuns: 2));

        // One row: the worse of |Z| and |Y| relative to its bound decides, and the message carries both statistics.
        var mean = result.MeanCheck;
        var variance = result.VarianceCheck;
        var worse = result.Verdict == Verdict.Error || (variance.Limit - variance.Value) / variance.Limit < (mean.Limit - mean.Value) / mean.Limit ? variance : mean;
        var unitText = Invariant($"QoI in {unit.Symbol}");
        return new CheckResult(check.Id, metric, check.Variable, worse.Value, worse.Limit, worse.Margin, "1", result.Verdict,
            $"{mean.Message}; {variance.Message} ({unitText}; {Kebab(check)} of each member)");
    }

    private static CheckResult Fraction(EnsembleCheck check, string metric, QoiColumn column, int runs)
    {
        var events = column.Values.Count(v => v is not null);
        var test = FractionTest.Evaluate(events, runs, check.ExpectedFraction!.Value, check.Z);
        return test.ToCheckResult(check.Id, check.Variable) with { Metric = metric, Message = $"{test.Message}; event: the member has a {Kebab(check)} of '{check.Variable}'" };
    }

    private static QoiColumn Extract(EnsembleCheck check, List<(EnsembleMember Member, RunOutput? Output)> members)
    {
        var values = new double?[members.Count];
        var errors = new string[members.Count];
        Unit? unit = null;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Output is not { Failure: null, Output: { } output })
            {
                errors[i] = Reason(members[i].Output);
                continue;
            }

            if (output.Series.Find(check.Variable) is not { } series)
            {
                errors[i] = $"the output has no column '{check.Variable}'";
            }
            else if (!QoiExtractor.TryExtract(check.Qoi, output.Series.Time, series, out var quantity, out var error))
            {
                errors[i] = error;
            }
            else if (unit is { } u && !quantity.Unit.IsCompatibleWith(u))
            {
                errors[i] = $"its QoI unit {quantity.Unit.Symbol} differs from the other members' ({u.Symbol})";
            }
            else
            {
                // Every member is read in the first member's unit, so the sample is homogeneous.
                unit ??= quantity.Unit;
                values[i] = quantity.ConvertTo(unit).Value;
            }
        }

        // No member had the QoI (a fraction check of an event that never happens): its unit still follows from the kind.
        if (unit is null && members.Select(m => m.Output?.Output).FirstOrDefault(o => o?.Series.Find(check.Variable) is not null) is { } any)
        {
            unit = QoiExtractor.UnitOf(check.Qoi.Kind, any.Series.Time.Unit, any.Series.Find(check.Variable)!.Unit);
        }

        return new QoiColumn(values, errors, unit);
    }

    private static string Csv(EnsembleSpec spec, List<(EnsembleMember Member, RunOutput? Output)> members, List<QoiColumn> columns)
    {
        var text = new StringBuilder();
        var header = new List<string> { "member [1]", "seed [1]" };
        header.AddRange(spec.Sample.Select(p => $"{p.Name} [{p.Unit.Symbol}]"));
        header.AddRange(spec.Checks.Select((c, k) => $"{c.Id} [{columns[k].Unit?.Symbol ?? "1"}]"));
        text.Append(string.Join(',', header)).Append('\n');
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i].Member;
            var row = new List<string> { Invariant($"{m.Member}"), Invariant($"{m.Seed}") };
            row.AddRange(spec.Sample.Select(p => m.Sampled.FirstOrDefault(s => s.Name == p.Name) is { } s ? SeriesTableCsvWriter.Format(s.Quantity.Value) : string.Empty));
            row.AddRange(columns.Select(c => c.Values[i] is { } v ? SeriesTableCsvWriter.Format(v) : string.Empty));
            text.Append(string.Join(',', row)).Append('\n');
        }

        return text.ToString();
    }

    private static string Reason(RunOutput? output) => output switch
    {
        null => "not solved (the run was cancelled before the ensemble finished)",
        { Failure: { } failure } => $"the solve failed: {failure.Message}",
        _ => "not solved",
    };

    private static CheckResult Error(EnsembleCheck check, string metric, string message) =>
        new(check.Id, metric, check.Variable, double.NaN, double.NaN, double.NaN, "1", Verdict.Error, message);

    private static string Kebab(EnsembleCheck check) => Reporting.KebabCase.Of(check.Qoi.Kind);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record QoiColumn(double?[] Values, string[] Errors, Unit? Unit);
}
