using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Running;

/// <summary>Everything one validation run needs besides the clock.</summary>
/// <param name="Plan">Cases × solvers to run.</param>
/// <param name="InputProblems">Problems found while loading cases and planning; recorded so rejected cases are never silently dropped.</param>
/// <param name="OutputRoot">Folder the run record folder is created in.</param>
/// <param name="Executor">Parallelism, time limit and seed.</param>
/// <param name="Exporters">Files written into the run record after every finished run.</param>
/// <param name="Tier">Highest tier selected.</param>
/// <param name="CommandLine">Arguments as given, recorded in run.json.</param>
/// <param name="BaseFolder">Folder case paths are recorded relative to; null records absolute paths.</param>
/// <param name="FinalExporters">
/// Exporters too costly to re-run after every finished run (the PDF report), created for the record folder and run once
/// at the end; null for none.
/// </param>
/// <param name="Credibility">
/// Credibility plan the run's evidence is assessed against; when given, <c>credibility.json</c> is written into the run
/// record at the end. Null for none.
/// </param>
/// <param name="Properties">Samples per property check and the shrink budget; null for the tier defaults.</param>
public sealed record ValidationRunSettings(
    RunPlan Plan,
    ImmutableArray<Problem> InputProblems,
    string OutputRoot,
    ExecutorOptions Executor,
    IReadOnlyList<IReportExporter> Exporters,
    Tier Tier,
    IReadOnlyList<string> CommandLine,
    string? BaseFolder = null,
    Func<string, IReadOnlyList<IReportExporter>>? FinalExporters = null,
    CredibilityPlan? Credibility = null,
    Properties.PropertySettings? Properties = null);
