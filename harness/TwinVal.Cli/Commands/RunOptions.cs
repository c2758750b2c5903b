using System.Collections.Immutable;
using TwinVal.Harness.Catalog;

namespace TwinVal.Cli.Commands;

/// <summary>The parsed options of <c>twinval run</c>.</summary>
/// <param name="CasePattern">Case selection (globs, <c>domain:</c>, <c>tag:</c>, <c>tier:</c>); null selects every case.</param>
/// <param name="CaseDirectories">Extra case folders besides the bundled library.</param>
/// <param name="SolverIds">Solver ids to run; empty runs every solver.</param>
/// <param name="SolverDirectories">Folders with external solver manifests.</param>
/// <param name="Repeat">How often each external solve is repeated to detect non-determinism.</param>
/// <param name="Tier">Highest tier to run.</param>
/// <param name="OutputDirectory">Folder the run record goes under.</param>
/// <param name="Parallelism">Maximum concurrent runs.</param>
/// <param name="Timeout">Time limit of each run.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="CredibilityPlanFile">Credibility plan to assess the run's evidence against; null for none.</param>
/// <param name="PropertySamples">Samples per property check; null for the tier default.</param>
internal sealed record RunOptions(
    string? CasePattern,
    ImmutableArray<string> CaseDirectories,
    ImmutableArray<string> SolverIds,
    ImmutableArray<string> SolverDirectories,
    int Repeat,
    Tier Tier,
    string OutputDirectory,
    int Parallelism,
    TimeSpan Timeout,
    long Seed,
    string? CredibilityPlanFile = null,
    int? PropertySamples = null);
