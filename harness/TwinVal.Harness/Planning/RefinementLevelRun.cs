namespace TwinVal.Harness.Planning;

/// <summary>One extra solve of a refinement ladder: which planned run it refines, at which level and size.</summary>
/// <param name="Run">The planned solve (its case carries the level's numerics; same case id and solver as the base run).</param>
/// <param name="BaseIndex">Index of the refined run in the main plan.</param>
/// <param name="Level">Level index in the case's ladder (declaration order).</param>
/// <param name="H">Representative size h of the level (step in seconds, or rtol).</param>
public sealed record RefinementLevelRun(PlannedRun Run, int BaseIndex, int Level, double H);
