using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class RunIdFactoryTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("twinval-runid-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Create_EmptyFolder_IsUtcStampWithFirstSuffix()
    {
        var clock = TestClock.At(new DateTimeOffset(2026, 3, 14, 10, 26, 53, TimeSpan.FromHours(1)));

        Assert.Equal("20260314-092653-1", new RunIdFactory(clock).Create(folder.FullName));
    }

    [Fact]
    public void Create_SameSecondTwice_GivesDistinctIds()
    {
        var factory = new RunIdFactory(TestClock.At());
        var first = factory.Create(folder.FullName);
        Directory.CreateDirectory(Path.Combine(folder.FullName, first));

        var second = factory.Create(folder.FullName);

        Assert.Equal("20260314-092653-1", first);
        Assert.Equal("20260314-092653-2", second);
    }

    [Fact]
    public void Create_MissingOutputFolder_StillWorks() =>
        Assert.Equal("20260314-092653-1", new RunIdFactory(TestClock.At()).Create(Path.Combine(folder.FullName, "absent")));
}
