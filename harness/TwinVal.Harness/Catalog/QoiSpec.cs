using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>How to extract one quantity of interest from a series.</summary>
/// <param name="Kind">What to extract.</param>
/// <param name="At">Time for <see cref="QoiKind.ValueAtTime"/>.</param>
/// <param name="Threshold">Level for crossings, periods and frequencies (in the variable's unit).</param>
/// <param name="Direction">Crossings that count.</param>
/// <param name="WindowStart">When given, only samples at or after this time count (for example the last beat); for
/// <see cref="QoiKind.Auc"/> the integration window's start, read by interpolation.</param>
/// <param name="WindowEnd">When given, only samples at or before this time count; for <see cref="QoiKind.Auc"/> the window's end.</param>
public sealed record QoiSpec(
    QoiKind Kind,
    Quantity? At = null,
    Quantity? Threshold = null,
    CrossingDirection Direction = CrossingDirection.Rising,
    Quantity? WindowStart = null,
    Quantity? WindowEnd = null);
