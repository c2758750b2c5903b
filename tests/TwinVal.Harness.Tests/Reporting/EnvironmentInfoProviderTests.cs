using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class EnvironmentInfoProviderTests
{
    [Fact]
    public void Current_DescribesThisProcess()
    {
        var info = EnvironmentInfoProvider.Current();

        Assert.Equal(Environment.ProcessorCount, info.ProcessorCount);
        Assert.StartsWith(".NET", info.Runtime, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(info.OperatingSystem));
        Assert.Equal(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), info.Architecture);
    }
}
