using System.Collections.Immutable;

namespace TwinVal.Numerics;

/// <summary>One located crossing.</summary>
/// <param name="EventIndex">Index of the <see cref="ThresholdEvent"/> in the locator's list.</param>
/// <param name="Time">Crossing time, from a root of the integrator's dense output.</param>
/// <param name="Rising">True for a crossing upwards, false downwards.</param>
/// <param name="State">The full state at <paramref name="Time"/> (dense output).</param>
public sealed record EventCrossing(int EventIndex, double Time, bool Rising, ImmutableArray<double> State);
