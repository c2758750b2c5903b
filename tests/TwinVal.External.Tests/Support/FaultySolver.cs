using TwinVal.External;
using TwinVal.External.Manifests;

namespace TwinVal.External.Tests.Support;

/// <summary>Manifests for the committed scripts in FaultySolvers/, each in its own temporary solver folder.</summary>
internal static class FaultySolver
{
    public static string ScriptFolder => Path.Combine(AppContext.BaseDirectory, "FaultySolvers");

    /// <summary>Writes solver.yaml for script <paramref name="name"/> into a fresh folder under <paramref name="root"/> and loads it.</summary>
    public static SolverManifest Manifest(string root, string name, string extraYaml = "")
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var script = Path.Combine(ScriptFolder, name + ".sh");
        var path = Path.Combine(folder, SolverManifest.FileName);
        File.WriteAllText(path, $"""
            id: faulty-{name}
            version: "0"
            argv: [sh, "{script}", "{"{input}"}", "{"{outdir}"}", "{"{solverdir}"}"]
            models: [test-model]
            concurrent-runs: true
            {extraYaml}
            """);
        var result = ManifestLoader.Load(path);
        return result.Manifest ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    public static ExternalSolver Solver(string root, string name, ExternalSolverOptions options, string extraYaml = "") =>
        new(Manifest(root, name, extraYaml), options);
}
