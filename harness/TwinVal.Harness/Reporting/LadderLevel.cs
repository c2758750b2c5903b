namespace TwinVal.Harness.Reporting;

/// <summary>One solved level of a refinement ladder as recorded in run.json.</summary>
/// <param name="Level">Level index in the case's ladder (declaration order).</param>
/// <param name="H">Representative size of the level, in <see cref="LadderRecord.HUnit"/>.</param>
/// <param name="Phi">The quantity of interest on this level, in <see cref="LadderRecord.PhiUnit"/>.</param>
/// <param name="Output">Path of the level's solver output relative to the run record folder.</param>
public sealed record LadderLevel(int Level, double H, double Phi, string Output);
