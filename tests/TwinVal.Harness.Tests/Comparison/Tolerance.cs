namespace TwinVal.Harness.Tests.Comparison;

/// <summary>A non-negative (atol, rtol) pair.</summary>
public sealed record Tolerance(double Atol, double Rtol);
