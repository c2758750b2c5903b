using System.Collections.Immutable;
using TwinVal.Harness.Comparison;

namespace TwinVal.Harness.Ensembles;

/// <summary>What an ensemble showed: one check result per ensemble check and the per-member table behind them.</summary>
/// <param name="Checks">Ensemble check results, in declaration order (each in checks.csv and run.json).</param>
/// <param name="MemberCsv">Per-member QoIs as CSV (<c>member,seed,&lt;sampled&gt; [unit],…,&lt;check&gt; [unit],…</c>; an empty cell: no QoI).</param>
public sealed record EnsembleOutcome(ImmutableArray<CheckResult> Checks, string MemberCsv);
