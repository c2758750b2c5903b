namespace TwinVal.Harness.Properties;

/// <summary>How samples spread over a parameter range (YAML: kebab case).</summary>
public enum RangeScale
{
    /// <summary>Uniform in the value.</summary>
    Linear,

    /// <summary>Uniform in the logarithm of the value (ranges over decades; needs min &gt; 0).</summary>
    Log,
}
