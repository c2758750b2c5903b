using System.Collections.Immutable;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Reporting;

/// <summary>
/// Everything exporters need, immutable: the run's identity, the cases and solvers, every judged run in plan order,
/// and the problems that made cases unusable. Exporters read only this, so a report can be re-rendered from a record.
/// </summary>
/// <param name="Info">Identity and circumstances.</param>
/// <param name="Cases">Selected cases.</param>
/// <param name="Solvers">Selected solvers.</param>
/// <param name="Results">Judged runs in plan order (case-major).</param>
/// <param name="Problems">Catalogue problems (rejected cases are listed, never silently dropped).</param>
public sealed record RunSummary(
    RunInfo Info,
    ImmutableArray<CaseRecord> Cases,
    ImmutableArray<SolverRecord> Solvers,
    ImmutableArray<JudgedRun> Results,
    ImmutableArray<Problem> Problems);
