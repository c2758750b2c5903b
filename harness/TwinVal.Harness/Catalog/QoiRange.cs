using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// An acceptable range for a quantity of interest, both ends included: a clinical normal range or a diagnostic class
/// (for example LVEF below 40 %). At least one end is given; a missing end is unbounded.
/// </summary>
/// <param name="Min">Smallest acceptable value, in a unit compatible with the QoI; null for no lower bound.</param>
/// <param name="Max">Largest acceptable value, in a unit compatible with the QoI; null for no upper bound.</param>
public sealed record QoiRange(Quantity? Min, Quantity? Max);
