using System.Collections.Immutable;
using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Execution;

/// <summary>
/// A fully resolved problem for one solver run. It carries no file paths or harness state, so it serialises as the
/// external protocol's <c>input.json</c> unchanged.
/// </summary>
/// <param name="CaseId">Case the request comes from (for messages and records).</param>
/// <param name="Model">Model id and version.</param>
/// <param name="Parameters">Parameters with units.</param>
/// <param name="InitialState">Initial values with units.</param>
/// <param name="Protocol">Time span and prescribed inputs.</param>
/// <param name="Outputs">Variables and sample times to report.</param>
/// <param name="Numerics">Tolerances and method asked for.</param>
/// <param name="Seed">Seed for anything random in the solver (stochastic models); recorded in run.json.</param>
public sealed record SolveRequest(
    string CaseId,
    ModelRef Model,
    ImmutableArray<NamedQuantity> Parameters,
    ImmutableArray<NamedQuantity> InitialState,
    CaseProtocol Protocol,
    OutputRequest Outputs,
    NumericsSettings Numerics,
    long Seed)
{
    /// <summary>The parameter called <paramref name="name"/>.</summary>
    /// <exception cref="SolverException">The request has no such parameter.</exception>
    public NamedQuantity Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw new SolverException($"case '{CaseId}' gives no parameter '{name}' required by model '{Model.Id}'");

    /// <summary>The initial value called <paramref name="name"/>.</summary>
    /// <exception cref="SolverException">The request has no such initial value.</exception>
    public NamedQuantity Initial(string name) =>
        InitialState.FirstOrDefault(p => p.Name == name)
        ?? throw new SolverException($"case '{CaseId}' gives no initial value '{name}' required by model '{Model.Id}'");

    /// <summary>Model data tables of the case (connectomes, tissue maps), in declaration order; empty when it has none.</summary>
    public ImmutableArray<ModelDataTable> DataTables { get; init; } = [];

    /// <summary>The data table called <paramref name="name"/>.</summary>
    /// <exception cref="SolverException">The request has no such table.</exception>
    public ModelDataTable DataTable(string name) =>
        DataTables.FirstOrDefault(t => t.Name == name)
        ?? throw new SolverException($"case '{CaseId}' gives no data table '{name}' required by model '{Model.Id}'");

    /// <summary>The prescribed input called <paramref name="name"/>, or null when the protocol does not drive it.</summary>
    public InputSignal? Input(string name) => Protocol.Inputs.FirstOrDefault(i => i.Name == name);
}
