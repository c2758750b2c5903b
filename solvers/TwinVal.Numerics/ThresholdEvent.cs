namespace TwinVal.Numerics;

/// <summary>An event: state component <paramref name="Component"/> crosses <paramref name="Threshold"/> in <paramref name="Direction"/>.</summary>
/// <param name="Component">Index of the state component watched.</param>
/// <param name="Threshold">Level whose crossing is the event.</param>
/// <param name="Direction">Which crossings count.</param>
public readonly record struct ThresholdEvent(int Component, double Threshold, CrossingDirection Direction);
