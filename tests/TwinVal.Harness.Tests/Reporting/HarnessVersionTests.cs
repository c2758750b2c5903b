using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class HarnessVersionTests
{
    [Theory]
    [InlineData("0.1.0+2079fd9de44d9f191a131082d578328703ae961e", "0.1.0", "2079fd9de44d9f191a131082d578328703ae961e")]
    [InlineData("1.2.3-beta.1", "1.2.3-beta.1", "unknown")]
    [InlineData("1.0.0+", "1.0.0", "unknown")]
    [InlineData(null, "unknown", "unknown")]
    [InlineData("", "unknown", "unknown")]
    public void Parse_InformationalVersion_SplitsVersionAndCommit(string? text, string version, string commit) =>
        Assert.Equal(new HarnessVersion(version, commit), HarnessVersion.Parse(text));

    [Fact]
    public void Current_BuiltFromGitRepository_HasProjectVersionAndHexCommit()
    {
        var current = HarnessVersion.Current;

        Assert.Matches(@"^\d+\.\d+\.\d+", current.Version);
        Assert.Matches("^([0-9a-f]{7,40}|unknown)$", current.Commit);
    }
}
