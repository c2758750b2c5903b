using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Execution;

/// <summary>What a solver returns: the requested series, optional quantities of interest, and work statistics.</summary>
/// <param name="Series">Time axis and requested variables, each with its unit.</param>
/// <param name="QuantitiesOfInterest">Scalars the solver computed itself (for example an event time located exactly).</param>
/// <param name="Diagnostics">Work statistics.</param>
public sealed record SolverOutput(SeriesTable Series, ImmutableArray<NamedQuantity> QuantitiesOfInterest, SolverDiagnostics Diagnostics);
