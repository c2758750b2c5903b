namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>A three-step grade of model influence or decision consequence (ASME V&amp;V 40-2018 §5).</summary>
public enum RiskLevel
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,
}
