using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>A variable the case asks solvers to report, and the unit it is compared in.</summary>
/// <param name="Name">Variable name (a reference CSV column of the same name holds its golden data).</param>
/// <param name="Unit">Unit of the reference column; solver output in a compatible unit is converted to it.</param>
public sealed record OutputVariable(string Name, Unit Unit);
