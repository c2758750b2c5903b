namespace TwinVal.Harness.Tests.Comparison;

/// <summary>A positive scale factor.</summary>
public sealed record Scale(double Value);
