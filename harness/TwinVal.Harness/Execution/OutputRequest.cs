using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Execution;

/// <summary>What a solver must report: which variables, and at which times.</summary>
/// <param name="Variables">Variables with the unit the harness compares them in (a solver may report any compatible unit).</param>
/// <param name="TimeUnit">Unit of <paramref name="SampleTimes"/>.</param>
/// <param name="SampleTimes">Strictly increasing output times; the solver's table must have exactly these rows.</param>
public sealed record OutputRequest(ImmutableArray<OutputVariable> Variables, Unit TimeUnit, ImmutableArray<double> SampleTimes);
