using System.Collections.Immutable;

namespace TwinVal.External.Manifests;

/// <summary>A validated external solver manifest (<c>solver.yaml</c>): how to run one partner solver.</summary>
/// <param name="Path">Path of the manifest file as given.</param>
/// <param name="Id">Solver id, unique among all solvers of a run.</param>
/// <param name="Version">Version of the solver's code.</param>
/// <param name="Description">Free description; empty when none.</param>
/// <param name="Program">The program to run, resolved: an absolute path, or a bare name found on PATH.</param>
/// <param name="Arguments">Argument templates with placeholders <c>{input}</c>, <c>{outdir}</c>, <c>{workdir}</c>, <c>{solverdir}</c>.</param>
/// <param name="Models">Model ids the solver implements.</param>
/// <param name="Timeout">Time limit of one run.</param>
/// <param name="Environment">Variables set for the process.</param>
/// <param name="PassEnvironment">Variables copied from the harness's environment.</param>
/// <param name="VersionProbe">Argv that prints the version; empty when none.</param>
/// <param name="ConcurrentRuns">True when several runs may execute at once.</param>
/// <param name="AllowNonFinite">True when output.csv may hold NaN/Inf tokens.</param>
/// <param name="MaxOutputBytes">Cap on the output folder's total size.</param>
public sealed record SolverManifest(
    string Path,
    string Id,
    string Version,
    string Description,
    string Program,
    ImmutableArray<string> Arguments,
    ImmutableArray<string> Models,
    TimeSpan Timeout,
    ImmutableDictionary<string, string> Environment,
    ImmutableArray<string> PassEnvironment,
    ImmutableArray<string> VersionProbe,
    bool ConcurrentRuns,
    bool AllowNonFinite,
    long MaxOutputBytes)
{
    /// <summary>File name every manifest has.</summary>
    public const string FileName = "solver.yaml";

    /// <summary>Folder of the manifest: relative program paths are resolved against it.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
}
