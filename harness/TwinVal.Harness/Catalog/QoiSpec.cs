using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>How to extract one quantity of interest from a series.</summary>
/// <param name="Kind">What to extract.</param>
/// <param name="At">Time for <see cref="QoiKind.ValueAtTime"/>.</param>
/// <param name="Threshold">Level for crossings, periods and frequencies (in the variable's unit).</param>
/// <param name="Direction">Crossings that count.</param>
/// <param name="From">Start of the <see cref="QoiKind.Auc"/> window; the first sample when null.</param>
/// <param name="To">End of the <see cref="QoiKind.Auc"/> window; the last sample when null.</param>
public sealed record QoiSpec(
    QoiKind Kind,
    Quantity? At = null,
    Quantity? Threshold = null,
    CrossingDirection Direction = CrossingDirection.Rising,
    Quantity? From = null,
    Quantity? To = null);
