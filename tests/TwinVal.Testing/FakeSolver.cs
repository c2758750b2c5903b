using System.Collections.Concurrent;
using System.Collections.Immutable;
using TwinVal.Harness.Execution;

namespace TwinVal.Testing;

/// <summary>
/// An <see cref="ISolver"/> whose behaviour tests configure per case id or per model id. It records every request
/// and counts concurrent calls, so tests can check what the harness asked and how many solves overlapped.
/// </summary>
public sealed class FakeSolver : ISolver, IDisposable
{
    private readonly Dictionary<string, FakeBehaviour> byCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeBehaviour> byModel = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SolveRequest> requests = new();
    private readonly ManualResetEventSlim released = new(false);
    private readonly SemaphoreSlim called = new(0);
    private FakeBehaviour fallback = FakeBehaviour.Constant(0.0);
    private int active;
    private int maxActive;

    /// <summary>Creates a fake solver that implements <paramref name="models"/>.</summary>
    public FakeSolver(string id, params string[] models)
    {
        Id = id;
        SupportedModels = [.. models];
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string Version { get; init; } = "0.0.0-fake";

    /// <inheritdoc/>
    public SolverKind Kind { get; init; } = SolverKind.BuiltIn;

    /// <inheritdoc/>
    public ImmutableArray<string> SupportedModels { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<SolveRequest> Requests => [.. requests];

    /// <summary>The largest number of solves that were in progress at the same time.</summary>
    public int MaxConcurrentCalls => Volatile.Read(ref maxActive);

    /// <summary>Uses <paramref name="behaviour"/> for requests of case <paramref name="caseId"/>.</summary>
    public FakeSolver OnCase(string caseId, FakeBehaviour behaviour)
    {
        byCase[caseId] = behaviour;
        return this;
    }

    /// <summary>Uses <paramref name="behaviour"/> for requests of model <paramref name="modelId"/> (case settings win).</summary>
    public FakeSolver OnModel(string modelId, FakeBehaviour behaviour)
    {
        byModel[modelId] = behaviour;
        return this;
    }

    /// <summary>Uses <paramref name="behaviour"/> when neither the case nor the model has one (default: constant 0).</summary>
    public FakeSolver Otherwise(FakeBehaviour behaviour)
    {
        fallback = behaviour;
        return this;
    }

    /// <summary>Lets every solve hanging with <see cref="FakeBehaviour.HangsIgnoringCancellation"/> return.</summary>
    public void Release() => released.Set();

    /// <inheritdoc/>
    public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken)
    {
        requests.Enqueue(request);
        called.Release();
        var now = Interlocked.Increment(ref active);
        UpdateMax(now);
        var behaviour = byCase.GetValueOrDefault(request.CaseId) ?? byModel.GetValueOrDefault(request.Model.Id) ?? fallback;
        Task<SolverOutput> task;
        try
        {
            task = behaviour.InvokeAsync(this, request, cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref active);
            throw;
        }

        return Track(task);
    }

    /// <summary>Completes when one more request has arrived than earlier calls of this method have consumed.</summary>
    public Task WaitForCallAsync(CancellationToken cancellationToken = default) => called.WaitAsync(cancellationToken);

    /// <summary>Releases hanging solves; the wait handles stay valid so that late callers return too.</summary>
    public void Dispose() => released.Set();

    // The count drops before the returned task completes, so a caller that starts the next solve on completion never
    // sees a stale count.
    private async Task<SolverOutput> Track(Task<SolverOutput> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }

    internal void WaitForRelease() => released.Wait();

    private void UpdateMax(int now)
    {
        var seen = Volatile.Read(ref maxActive);
        while (now > seen)
        {
            var previous = Interlocked.CompareExchange(ref maxActive, now, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
