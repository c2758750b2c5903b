namespace TwinVal.Numerics;

/// <summary>Which threshold crossings an event reports.</summary>
public enum CrossingDirection
{
    /// <summary>From below the threshold to at or above it (spike upstroke, activation, valve opening).</summary>
    Rising,

    /// <summary>From above the threshold to at or below it (repolarisation, valve closing).</summary>
    Falling,

    /// <summary>Both directions.</summary>
    Either,
}
