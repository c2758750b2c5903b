namespace TwinVal.Harness.Catalog;

/// <summary>Quantities of interest extracted from a time series (YAML: kebab case).</summary>
public enum QoiKind
{
    /// <summary>Largest value.</summary>
    Max,

    /// <summary>Smallest value.</summary>
    Min,

    /// <summary>Time of the largest value.</summary>
    TimeOfMax,

    /// <summary>Time of the smallest value.</summary>
    TimeOfMin,

    /// <summary>Value at a given time (<see cref="QoiSpec.At"/>).</summary>
    ValueAtTime,

    /// <summary>Time the series first crosses <see cref="QoiSpec.Threshold"/> in <see cref="QoiSpec.Direction"/>.</summary>
    FirstCrossing,

    /// <summary>Mean time between successive crossings of the threshold in the given direction.</summary>
    Period,

    /// <summary>Reciprocal of <see cref="Period"/>.</summary>
    Frequency,

    /// <summary>Last value.</summary>
    FinalValue,

    /// <summary>
    /// Area under the curve ∫ v dt by the trapezoid rule over the samples, on the whole series or on the window
    /// [<see cref="QoiSpec.WindowStart"/>, <see cref="QoiSpec.WindowEnd"/>] (edges read by linear interpolation); in the variable's
    /// unit times the time unit.
    /// </summary>
    Auc,

    /// <summary>Time average (trapezoidal rule over the samples): a mean flow, a mean pressure.</summary>
    Mean,

    /// <summary>Largest minus smallest value: a stroke volume, a pulse pressure.</summary>
    PeakToPeak,

    /// <summary>(max − min)/max, a pure number: an ejection fraction (SV/EDV) from a chamber volume.</summary>
    SwingFraction,
}
