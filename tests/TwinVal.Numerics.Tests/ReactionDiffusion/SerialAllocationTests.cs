namespace TwinVal.Numerics.Tests.ReactionDiffusion;

/// <summary>
/// Tests that allocate large grids by the hundred run alone: the garbage collections they cause while running beside an
/// allocation-counting test (GC.GetAllocatedBytesForCurrentThread) were seen to add a few kB to that test's count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialAllocationTests
{
    /// <summary>The collection name.</summary>
    public const string Name = "serial (large allocations)";
}
