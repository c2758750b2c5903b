using TwinVal.External.Conformance;
using TwinVal.External.Manifests;
using TwinVal.External.Tests.Support;
using TwinVal.Testing;

namespace TwinVal.External.Tests.Examples;

/// <summary>The SciPy example (Debian's python3-scipy) certifies through the conformance check; nightly, as SciPy starts slowly.</summary>
public sealed class SciPyExampleTests
{
    [NightlyFact]
    [Trait("Tier", "nightly")]
    public async Task Check_SciPyExample_Conforms()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var check = new SolverConformanceCheck(TimeProvider.System, ExternalSolverOptions.Default with { TempRoot = folder.Sub("work") });

        var code = await check.RunAsync(Path.Combine(Repository.Examples, "scipy", SolverManifest.FileName), [Repository.ReferenceCases], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, output + "\n" + error);
        Assert.Contains("solver 'example-scipy-dop853' conforms", output.ToString(), StringComparison.Ordinal);
    }
}
