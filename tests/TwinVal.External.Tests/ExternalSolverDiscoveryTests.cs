using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;

namespace TwinVal.External.Tests;

public sealed class ExternalSolverDiscoveryTests
{
    [Fact]
    public void Load_ExamplesFolder_FindsPythonExample()
    {
        var result = ExternalSolverDiscovery.Load([Repository.Examples]);

        Assert.Contains(result.Solvers, s => s.Id == "example-python-rk4" && s.Kind == Harness.Execution.SolverKind.External);
    }

    [Fact]
    public void Load_BrokenAndDuplicateManifests_ReportedOthersKept()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Sub("a"), SolverManifest.FileName), "id: same\nversion: \"1\"\nargv: [sh]\nmodels: [m]\n");
        File.WriteAllText(Path.Combine(folder.Sub("b"), SolverManifest.FileName), "id: same\nversion: \"2\"\nargv: [sh]\nmodels: [m]\n");
        File.WriteAllText(Path.Combine(folder.Sub("c"), SolverManifest.FileName), "id: broken\n");
        File.WriteAllText(Path.Combine(folder.Sub("deep/er/still"), SolverManifest.FileName), "id: deep\nversion: \"1\"\nargv: [sh]\nmodels: [m]\n");

        var result = ExternalSolverDiscovery.Load([folder.Path, Path.Combine(folder.Path, "missing")]);

        Assert.Equal(["deep", "same"], result.Solvers.Select(s => s.Id));
        Assert.Equal("1", result.Solvers.Single(s => s.Id == "same").Version);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("solver id 'same' is already used by", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith(Path.Combine("c", SolverManifest.FileName), StringComparison.Ordinal) && p.Message.Contains("missing required field 'version'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith("missing", StringComparison.Ordinal) && p.Message.StartsWith("no such file or folder", StringComparison.Ordinal));
    }
}
