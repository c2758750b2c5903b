using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Checks one declared property of one case on one solver: draws samples over the case's parameter ranges with
/// FsCheck (<see cref="PropertySampler"/>), solves every sample's cases through the <see cref="Executor"/> (the same
/// path as golden runs: parallelism, time limit, output validation), judges each sample, and shrinks the first
/// violation towards the case's own values. A solve that fails is a violation: "no error anywhere in the range" is
/// part of every property.
/// </summary>
/// <param name="executor">Runs the solves.</param>
/// <param name="registry">Named model properties.</param>
/// <param name="settings">Sample count and shrink budget.</param>
public sealed class PropertyEngine(Executor executor, ModelPropertyRegistry registry, PropertySettings settings)
{
    private sealed record Judged(ImmutableArray<int> Ticks, PropertyOutcome Outcome);

    /// <summary>
    /// The check result of <paramref name="spec"/> (a property of <paramref name="referenceCase"/>) on
    /// <paramref name="solver"/>, seeded from <paramref name="masterSeed"/>; <see cref="CheckResult.Property"/> holds
    /// the seed, sample count and counterexample.
    /// </summary>
    public async Task<CheckResult> CheckAsync(
        ReferenceCase referenceCase, ISolver solver, PropertySpec spec, long masterSeed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referenceCase);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(spec);
        var seed = PropertySeeds.Derive(masterSeed, referenceCase.Id, solver.Id, spec.Id);
        var state = PropertySampler.StateFor(seed);
        var nominal = PropertyPoint.Nominal(referenceCase);

        // Without ranges the property is pinned to the case's own values: one sample, exactly that point.
        var samples = referenceCase.ParameterRanges.IsEmpty
            ? [nominal]
            : PropertySampler.Draw(state, nominal.Length, settings.SamplesFor(referenceCase.Tier));
        var judged = await JudgeAsync(referenceCase, solver, spec, samples, cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            return Result(referenceCase, spec, judged.FirstOrDefault()?.Outcome ?? PropertyOutcome.Broken("cancelled"), Verdict.Skipped,
                new PropertyEvidence(seed, state.Gamma, judged.Length, 0, []), "the run was cancelled before the property was checked");
        }

        // An outcome that could not be evaluated measured nothing: the check is an Error naming why, never a Fail.
        if (judged.FirstOrDefault(j => j.Outcome.Unevaluable) is { } unevaluable)
        {
            var at = PropertyEvidence.Format(PropertyPoint.Values(referenceCase, unevaluable.Ticks));
            return Result(referenceCase, spec, unevaluable.Outcome, Verdict.Error, new PropertyEvidence(seed, state.Gamma, judged.Length, 0, []),
                Invariant($"could not be evaluated: {unevaluable.Outcome.Message}{(at.Length > 0 ? $" at {at}" : string.Empty)}; seed {seed}"));
        }

        if (judged.FirstOrDefault(j => !j.Outcome.Holds) is not { } failing)
        {
            var tightest = judged.MinBy(j => double.IsNaN(j.Outcome.Margin) ? double.PositiveInfinity : j.Outcome.Margin)!;
            var text = PropertyEvidence.Format(PropertyPoint.Values(referenceCase, tightest.Ticks));
            return Result(referenceCase, spec, tightest.Outcome, Verdict.Pass, new PropertyEvidence(seed, state.Gamma, judged.Length, 0, []),
                Invariant($"held at all {judged.Length} samples (seed {seed}); tightest: {tightest.Outcome.Message}{(text.Length > 0 ? $" at {text}" : string.Empty)}"));
        }

        var (shrunk, steps) = await ShrinkAsync(referenceCase, solver, spec, failing, nominal, cancellationToken).ConfigureAwait(false);
        var values = PropertyPoint.Values(referenceCase, shrunk.Ticks);
        var evidence = new PropertyEvidence(seed, state.Gamma, judged.Length, steps, values);
        var first = PropertyEvidence.Format(PropertyPoint.Values(referenceCase, failing.Ticks));
        return Result(referenceCase, spec, shrunk.Outcome, Verdict.Fail, evidence, Invariant(
            $"violated: {shrunk.Outcome.Message}; counterexample {(values.IsEmpty ? "(the case's own values)" : evidence.CounterexampleText)} after {steps} shrink steps from {(first.Length > 0 ? first : "the case's own values")}; {judged.Length} samples, seed {seed}"));
    }

    private async Task<(Judged Shrunk, int Steps)> ShrinkAsync(
        ReferenceCase referenceCase, ISolver solver, PropertySpec spec, Judged failing, ImmutableArray<int> nominal, CancellationToken cancellationToken)
    {
        var steps = 0;
        for (var round = 0; round < settings.MaxShrinkRounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var candidates = PropertySampler.Shrinks(failing.Ticks, nominal).Take(settings.CandidatesPerRound).ToImmutableArray();
            var judged = await JudgeAsync(referenceCase, solver, spec, candidates, cancellationToken).ConfigureAwait(false);

            // The first failing candidate in FsCheck's order (largest simplification first) is kept, as FsCheck does.
            if (judged.FirstOrDefault(j => j.Outcome is { Holds: false, Unevaluable: false }) is not { } smaller || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            (failing, steps) = (smaller, steps + 1);
        }

        return (failing, steps);
    }

    private async Task<ImmutableArray<Judged>> JudgeAsync(
        ReferenceCase referenceCase, ISolver solver, PropertySpec spec, ImmutableArray<ImmutableArray<int>> samples, CancellationToken cancellationToken)
    {
        var evaluator = PropertyEvaluators.For(spec.Kind, registry);
        var variants = samples.Select(s => evaluator.Variants(spec, PropertyPoint.Build(referenceCase, spec, PropertyPoint.Values(referenceCase, s)))).ToList();
        var runs = variants.SelectMany(v => v).Select((c, i) => new PlannedRun(i, c, solver, Supported: true)).ToImmutableArray();
        var outputs = await executor.ExecuteAsync(new RunPlan([], [solver], runs), null, cancellationToken).ConfigureAwait(false);
        var judged = ImmutableArray.CreateBuilder<Judged>(samples.Length);
        var offset = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var slice = outputs.Skip(offset).Take(variants[i].Length).ToImmutableArray();
            offset += variants[i].Length;
            if (slice.FirstOrDefault(o => o.Failure is not null || o.Output is null) is { } failed)
            {
                if (failed.Failure?.Kind == RunFailureKind.Cancelled)
                {
                    break;
                }

                judged.Add(new Judged(samples[i], PropertyOutcome.SolveFailed($"the solve failed ({failed.Failure?.Message ?? "no output"})")));
                continue;
            }

            judged.Add(new Judged(samples[i], Evaluate(evaluator, spec, variants[i], [.. slice.Select(o => o.Output!)])));
        }

        return judged.ToImmutable();
    }

    private static PropertyOutcome Evaluate(IPropertyEvaluator evaluator, PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs)
    {
        try
        {
            return evaluator.Evaluate(spec, variants, outputs);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return PropertyOutcome.Broken($"the property could not be evaluated: {ex.Message}");
        }
    }

    private static CheckResult Result(ReferenceCase referenceCase, PropertySpec spec, PropertyOutcome outcome, Verdict verdict, PropertyEvidence evidence, string message) =>
        new(spec.Id, "property:" + Reporting.KebabCase.Of(spec.Kind), spec.Variable ?? string.Empty, outcome.Value, outcome.Limit, outcome.Margin,
            outcome.Unit, verdict, message)
        {
            Property = evidence,
        };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
