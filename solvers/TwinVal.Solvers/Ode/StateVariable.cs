using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Ode;

/// <summary>A state variable of a built-in model and the unit the model integrates it in.</summary>
/// <param name="Name">Name as in case files (initial-state and outputs).</param>
/// <param name="Unit">Internal unit.</param>
internal sealed record StateVariable(string Name, Unit Unit);
