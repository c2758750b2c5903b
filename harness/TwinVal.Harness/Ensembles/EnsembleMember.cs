using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Ensembles;

/// <summary>One member solve of an ensemble: which planned run it belongs to, its number, seed and drawn parameters.</summary>
/// <param name="Run">The planned solve (its case carries the drawn parameters, its seed the member's).</param>
/// <param name="BaseIndex">Index of the ensemble's run in the main plan.</param>
/// <param name="Member">Member number i, from 0.</param>
/// <param name="Seed">Seed passed in the member's request (base seed + i).</param>
/// <param name="Sampled">The parameter values drawn for this member (empty when nothing is sampled).</param>
public sealed record EnsembleMember(PlannedRun Run, int BaseIndex, int Member, long Seed, ImmutableArray<NamedQuantity> Sampled);
