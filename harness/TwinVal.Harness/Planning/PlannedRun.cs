using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Planning;

/// <summary>One cell of the plan: a case paired with a solver.</summary>
/// <param name="Index">Position in the plan; results are always reported in this order, whatever order runs finish in.</param>
/// <param name="Case">The case.</param>
/// <param name="Solver">The solver.</param>
/// <param name="Supported">False when the solver does not implement the case's model: the run is recorded as Unsupported, not executed.</param>
/// <param name="Seed">Seed of this solve's request (ensemble members); null: the executor's master seed.</param>
public sealed record PlannedRun(int Index, ReferenceCase Case, ISolver Solver, bool Supported, long? Seed = null);
