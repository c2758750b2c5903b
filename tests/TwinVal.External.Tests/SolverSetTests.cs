using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Execution;
using TwinVal.Testing;

namespace TwinVal.External.Tests;

public sealed class SolverSetTests
{
    [Fact]
    public void Compose_BuiltInAndExternal_BothListedExternalCollisionReported()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Sub("clash"), SolverManifest.FileName), "id: builtin\nversion: \"9\"\nargv: [sh]\nmodels: [m]\n");
        File.WriteAllText(Path.Combine(folder.Sub("ext"), SolverManifest.FileName), "id: partner\nversion: \"1\"\nargv: [sh]\nmodels: [m]\n");
        using var builtIn = new FakeSolver("builtin", "m");

        var (solvers, problems) = SolverSet.Compose([builtIn], [folder.Path], includeDefaultFolders: false);

        Assert.Equal(["builtin", "partner"], solvers.Select(s => s.Id));
        Assert.Equal([SolverKind.BuiltIn, SolverKind.External], solvers.Select(s => s.Kind));
        var problem = Assert.Single(problems);
        Assert.StartsWith("solver id 'builtin' is already taken by a BuiltIn solver", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Repeat_EverySolverWrapped()
    {
        using var fake = new FakeSolver("a", "m");
        var (solvers, _) = SolverSet.Compose([fake], [], includeDefaultFolders: false, repeat: 3);

        var repeating = Assert.IsType<RepeatingSolver>(Assert.Single(solvers));
        Assert.Equal(3, repeating.Repeats);
        Assert.Equal("a", repeating.Id);
    }
}
