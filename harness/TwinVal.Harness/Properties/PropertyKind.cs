namespace TwinVal.Harness.Properties;

/// <summary>The vocabulary of declared properties (YAML: kebab case).</summary>
public enum PropertyKind
{
    /// <summary>A variable stays within [min, max] at every sample.</summary>
    Bounds,

    /// <summary>A variable is never below −atol.</summary>
    NonNegative,

    /// <summary>A weighted sum of variables keeps its initial value.</summary>
    Conservation,

    /// <summary>A variable never decreases (or never increases) over time.</summary>
    MonotoneInTime,

    /// <summary>x(t) = x(t − period) over the last period.</summary>
    Periodic,

    /// <summary>A variable settles: max − min over the final window is at most atol.</summary>
    SteadyState,

    /// <summary>A QoI moves in a declared direction when a parameter is scaled up.</summary>
    MonotoneResponse,

    /// <summary>Scaling a parameter by k scales a QoI by k^exponent.</summary>
    Metamorphic,

    /// <summary>A declared transformation (time translation, relabelling) leaves the outputs unchanged.</summary>
    Invariance,

    /// <summary>Every solve succeeds with finite output.</summary>
    NoError,

    /// <summary>A property a built-in model registers in code (<see cref="IModelProperty"/>).</summary>
    Model,
}
