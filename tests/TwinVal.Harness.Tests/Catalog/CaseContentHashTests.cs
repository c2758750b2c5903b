using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class CaseContentHashTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("twinval-hash").FullName;

    [Fact]
    public void OfFile_Abc_IsTheFips180Vector()
    {
        File.WriteAllText(Path.Combine(folder, "abc.txt"), "abc");

        // FIPS 180-2, appendix B.1: SHA-256("abc").
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CaseContentHash.OfFile(Path.Combine(folder, "abc.txt")));
    }

    [Fact]
    public void Compute_BytesShiftedBetweenFiles_ChangesTheHash()
    {
        File.WriteAllText(Path.Combine(folder, "a"), "xy");
        File.WriteAllText(Path.Combine(folder, "b"), string.Empty);
        var before = CaseContentHash.Compute(folder, ["a", "b"]);

        File.WriteAllText(Path.Combine(folder, "a"), "x");
        File.WriteAllText(Path.Combine(folder, "b"), "y");
        var after = CaseContentHash.Compute(folder, ["a", "b"]);

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Compute_SameFiles_IsStableAndOrderSensitive()
    {
        File.WriteAllText(Path.Combine(folder, "a"), "1");
        File.WriteAllText(Path.Combine(folder, "b"), "2");

        Assert.Equal(CaseContentHash.Compute(folder, ["a", "b"]), CaseContentHash.Compute(folder, ["a", "b"]));
        Assert.NotEqual(CaseContentHash.Compute(folder, ["a", "b"]), CaseContentHash.Compute(folder, ["b", "a"]));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
