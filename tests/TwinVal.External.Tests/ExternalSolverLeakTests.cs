using TwinVal.External.Tests.Support;
using TwinVal.Harness.Execution;
using TwinVal.Testing;

namespace TwinVal.External.Tests;

/// <summary>Hundreds of external runs in parallel leave no process, file descriptor or working folder behind.</summary>
[Collection(SerialTests.Name)]
public sealed class ExternalSolverLeakTests
{
    private const int Invocations = 300;

    [Fact]
    public async Task SolveAsync_HundredsInParallel_NoLeakedProcessesHandlesOrFolders()
    {
        using var folder = new TempFolder();
        var tempRoot = folder.Sub("work");
        using var good = FaultySolver.Solver(folder.Sub("solvers"), "good", ExternalSolverOptions.Default with { TempRoot = tempRoot });
        using var failing = FaultySolver.Solver(folder.Sub("solvers"), "exit-nonzero", ExternalSolverOptions.Default with { TempRoot = tempRoot });
        var request = RequestFactory.Create(new CaseBuilder("leak").Build(), 0);
        var token = TestContext.Current.CancellationToken;

        // Warm-up: thread pool, pipes and process machinery allocate their long-lived descriptors once.
        await RunAsync(good, failing, request, 32, token);
        var descriptorsBefore = Collected(ProcessTable.OpenDescriptors);

        var (succeeded, failed) = await RunAsync(good, failing, request, Invocations, token);

        var descriptorsAfter = Collected(ProcessTable.OpenDescriptors);
        Assert.Equal(Invocations / 2, succeeded);
        Assert.Equal(Invocations / 2, failed);
        Assert.Equal(0, ProcessTable.LiveChildren());
        Assert.Empty(Directory.GetFileSystemEntries(tempRoot));

        // A leaked pipe per run would add hundreds; a few descriptors of slack absorb the runtime's own (thread pool, epoll).
        Assert.True(descriptorsAfter <= descriptorsBefore + 8, $"{descriptorsBefore} descriptors open before, {descriptorsAfter} after {Invocations} runs");
    }

    // Disposed handles whose finalizers have not run yet still show in /proc/self/fd; count after a full collection.
    private static int Collected(Func<int> count)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return count();
    }

    private static async Task<(int Succeeded, int Failed)> RunAsync(ISolver good, ISolver failing, SolveRequest request, int count, CancellationToken token)
    {
        var succeeded = 0;
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = token }, async (i, ct) =>
        {
            try
            {
                await (i % 2 == 0 ? good : failing).SolveAsync(request, ct);
                Interlocked.Increment(ref succeeded);
            }
            catch (SolverException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return (succeeded, failed);
    }
}
