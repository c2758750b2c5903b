using System.Collections.Immutable;
using System.Security.Cryptography;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Reporting;

/// <summary>Solver records carry the SHA-256 of the files that identify the solver's code.</summary>
public sealed class RecordFactorySolverHashTests
{
    [Fact]
    public void Solver_BuiltIn_HashesItsAssembly()
    {
        using var fake = new FakeSolver("fake", "m");
        var location = typeof(FakeSolver).Assembly.Location;

        var file = Assert.Single(RecordFactory.Solver(fake).Files);

        Assert.Equal(("assembly", location), (file.Role, file.Path));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(location))), file.Sha256);
    }

    [Fact]
    public void Solver_WithIdentityFiles_HashesEachAndSaysWhichCannotBeRead()
    {
        var folder = Directory.CreateTempSubdirectory("twinval-hash-").FullName;
        var program = Path.Combine(folder, "solver.sh");
        File.WriteAllText(program, "abc");
        var missing = Path.Combine(folder, "solver.yaml");

        var files = RecordFactory.Files(new NamedFiles([("executable", program), ("manifest", missing)]));

        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", files[0].Sha256);
        Assert.Equal("manifest", files[1].Role);
        Assert.StartsWith("unreadable: ", files[1].Sha256, StringComparison.Ordinal);
    }

    private sealed class NamedFiles(ImmutableArray<(string Role, string Path)> files) : ISolver, ISolverProvenance
    {
        public string Id => "named";

        public string Version => "1";

        public SolverKind Kind => SolverKind.External;

        public ImmutableArray<string> SupportedModels => [];

        public ImmutableArray<(string Role, string Path)> IdentityFiles => files;

        public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken) =>
            throw new SolverException("not used by these tests");
    }
}
