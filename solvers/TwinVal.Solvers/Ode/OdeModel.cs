using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Ode;

/// <summary>What the shared driver needs to know about a built-in ODE model.</summary>
/// <param name="Id">Model id (as in case files).</param>
/// <param name="TimeUnit">Unit of the model's internal time.</param>
/// <param name="States">State variables in the order of the system's state vector.</param>
internal sealed record OdeModel(string Id, Unit TimeUnit, ImmutableArray<StateVariable> States);
