namespace TwinVal.Harness.Properties;

/// <summary>Direction of a monotone property (YAML: kebab case).</summary>
public enum MonotoneDirection
{
    /// <summary>Never decreasing.</summary>
    Increasing,

    /// <summary>Never increasing.</summary>
    Decreasing,
}
