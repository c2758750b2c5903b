using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>What solvers report and when.</summary>
/// <param name="Variables">Requested variables, in order.</param>
/// <param name="Interval">
/// Sampling interval; when null the solver samples exactly at the reference CSV's time points, so that comparison
/// needs no interpolation.
/// </param>
public sealed record OutputSpec(ImmutableArray<OutputVariable> Variables, Quantity? Interval);
