namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>An input parameter with declared uncertainty.</summary>
/// <param name="Name">Parameter name as in the case.</param>
/// <param name="Distribution">Its distribution, in the unit the model function expects.</param>
public sealed record UncertainParameter(string Name, IInputDistribution Distribution);
