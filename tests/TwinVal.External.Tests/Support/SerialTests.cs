namespace TwinVal.External.Tests.Support;

/// <summary>Tests that count this process's children and descriptors: they run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTests
{
    public const string Name = "serial (process accounting)";
}
