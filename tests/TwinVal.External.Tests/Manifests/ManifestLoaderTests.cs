using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;

namespace TwinVal.External.Tests.Manifests;

public sealed class ManifestLoaderTests
{
    [Fact]
    public void Load_PythonExample_AllFieldsRead()
    {
        var result = ManifestLoader.Load(Path.Combine(Repository.Examples, "python", SolverManifest.FileName));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var manifest = result.Manifest!;
        Assert.Equal("example-python-rk4", manifest.Id);
        Assert.Equal("1.0.0", manifest.Version);
        Assert.Equal(["windkessel2", "passive-membrane", "gompertz"], manifest.Models);
        Assert.Equal(TimeSpan.FromSeconds(60), manifest.Timeout);
        Assert.True(manifest.ConcurrentRuns);
        Assert.False(manifest.AllowNonFinite);
        Assert.Equal(64L * 1024 * 1024, manifest.MaxOutputBytes);
        Assert.Equal(["{solverdir}/solver.py", "{input}", "{outdir}"], manifest.Arguments);
    }

    [Theory]
    [InlineData("id: Bad Id\nversion: \"1\"\nargv: [sh]\nmodels: [m]\n", "1:5: error: id: 'Bad Id' does not have the expected form")]
    [InlineData("id: s\nversion: \"1\"\nargv: [sh]\n", "error: models: missing required field 'models'")]
    [InlineData("id: s\nversion: \"1\"\nargv: [sh, \"{inptu}\"]\nmodels: [m]\n", "3:12: error: argv[1]: unknown placeholder '{inptu}'; expected {input}, {outdir}, {workdir}, {solverdir}")]
    [InlineData("id: s\nversion: \"1\"\nargv: [no-such-program-anywhere]\nmodels: [m]\n", "3:8: error: argv[0]: program 'no-such-program-anywhere' is not on PATH")]
    [InlineData("id: s\nversion: \"1\"\nargv: [sh]\nmodels: [m]\ntimeout-seconds: 0\n", "5:18: error: timeout-seconds: expected a value > 0, found the number 0")]
    [InlineData("id: s\nversion: \"1\"\nargv: [sh]\nmodels: [m]\nshell: true\n", "5:1: error: shell: unknown field 'shell'; expected one of")]
    [InlineData("id: s\nversion: \"1\"\nargv: [sh\nmodels: [m]\n", "error: malformed YAML")]
    public void Load_BrokenManifest_ProblemPlacedAndExplained(string yaml, string expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, SolverManifest.FileName);
        File.WriteAllText(path, yaml);

        var result = ManifestLoader.Load(path);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ScriptWithoutExecutableBit_SaysToNameTheInterpreter()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "run.sh"), "#!/bin/sh\n");
        var path = Path.Combine(folder.Path, SolverManifest.FileName);
        File.WriteAllText(path, "id: s\nversion: \"1\"\nargv: [./run.sh]\nmodels: [m]\n");

        var result = ManifestLoader.Load(path);

        Assert.Contains(result.Problems, p => p.Message.Contains("is not executable (chmod +x, or name its interpreter first, for example [python3, run.sh])", StringComparison.Ordinal));
    }
}
