using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Execution;

/// <summary>
/// Runs a plan: at most <see cref="ExecutorOptions.MaxParallelism"/> solves at once, each under its own time limit,
/// all under the caller's cancellation token. Every failure of a solver (exception, hang, timeout) becomes a
/// <see cref="RunFailure"/> of that run only; the harness itself never fails because a solver did.
/// </summary>
public sealed class Executor
{
    private readonly TimeProvider time;
    private readonly ExecutorOptions options;

    /// <summary>Creates an executor reading time from <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Parallelism below 1, or a negative time limit other than infinite.</exception>
    public Executor(TimeProvider time, ExecutorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelism, 1, nameof(options));
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "the time limit must be positive or infinite");
        }

        this.time = time;
        this.options = options;
    }

    /// <summary>
    /// Executes every supported run of <paramref name="plan"/> and returns one output per planned run, in plan order
    /// whatever order they finish in. Unsupported runs are not executed (no output, no failure). On cancellation of
    /// <paramref name="cancellationToken"/> the runs already finished are kept and every other run gets a
    /// <see cref="RunFailureKind.Cancelled"/> failure. <paramref name="onCompleted"/> is called once for each run that
    /// finishes (including unsupported ones, not cancelled ones), never for two runs at the same time, so the caller can
    /// judge and persist each run at once; it receives <see cref="CancellationToken.None"/>, because a finished run is
    /// worth keeping whatever happens next. An exception thrown by the callback ends the execution with that exception.
    /// </summary>
    public async Task<ImmutableArray<RunOutput>> ExecuteAsync(
        RunPlan plan,
        Func<RunOutput, CancellationToken, ValueTask>? onCompleted,
        CancellationToken cancellationToken)
    {
        var runs = plan.Runs;
        var results = new RunOutput?[runs.Length];
        using var callbackGate = new SemaphoreSlim(1, 1);
        var next = -1;

        async Task Complete(int position, RunOutput output)
        {
            results[position] = output;
            if (onCompleted is null)
            {
                return;
            }

            await callbackGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                // Not the run's token: a run that finished must be persisted even when Ctrl-C arrives meanwhile.
                await onCompleted(output, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                callbackGate.Release();
            }
        }

        // Workers take runs in plan order from a shared counter: runs start in plan order and at most
        // MaxParallelism are in progress, without one task per run waiting on a semaphore.
        async Task Worker()
        {
            int position;
            while ((position = Interlocked.Increment(ref next)) < runs.Length)
            {
                var run = runs[position];
                if (!run.Supported)
                {
                    await Complete(position, new RunOutput(run, null, null, TimeSpan.Zero)).ConfigureAwait(false);
                }
                else if (!cancellationToken.IsCancellationRequested)
                {
                    var output = await RunOneAsync(run, cancellationToken).ConfigureAwait(false);
                    if (output.Failure?.Kind == RunFailureKind.Cancelled)
                    {
                        results[position] = output;
                    }
                    else
                    {
                        await Complete(position, output).ConfigureAwait(false);
                    }
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(options.MaxParallelism, Math.Max(runs.Length, 1)))
            .Select(_ => Task.Run(Worker, CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);

        return [.. runs.Select((run, i) => results[i] ?? Cancelled(run, TimeSpan.Zero))];
    }

    private async Task<RunOutput> RunOneAsync(PlannedRun run, CancellationToken cancellationToken)
    {
        using var timeout = options.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = time.GetTimestamp();
        Task<SolverOutput> solve;
        SolveRequest request;
        try
        {
            request = RequestFactory.Create(run.Case, run.Seed ?? options.Seed);

            // Task.Run: a solver that blocks its calling thread before returning a task cannot block the harness.
            solve = Task.Run(() => run.Solver.SolveAsync(request, linked.Token), CancellationToken.None);
        }
        catch (Exception ex)
        {
            return new RunOutput(run, null, new RunFailure(RunFailureKind.Exception,
                $"could not build the request of case '{run.Case.Id}' for solver '{run.Solver.Id}': {ex.Message}"), TimeSpan.Zero);
        }

        // Stop waiting when the solve ends or when the run's token fires (time limit or Ctrl-C), whichever is first:
        // a solver that ignores its token is abandoned rather than awaited for ever.
        var stopped = Task.Delay(Timeout.InfiniteTimeSpan, linked.Token);
        var first = await Task.WhenAny(solve, stopped).ConfigureAwait(false);
        var wall = time.GetElapsedTime(started);
        if (first != solve)
        {
            // The abandoned task may still fault later. Reading its exception marks it observed, so it can never
            // surface as an UnobservedTaskException (or, under the legacy policy, tear the process down).
            _ = solve.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return Stopped(run, wall, cancellationToken.IsCancellationRequested, ignored: true);
        }

        try
        {
            var output = await solve.ConfigureAwait(false);
            if (output is null)
            {
                return new RunOutput(run, null, new RunFailure(RunFailureKind.InvalidOutput,
                    $"solver '{run.Solver.Id}' returned no output for case '{run.Case.Id}'"), wall);
            }

            // The output is kept even when it breaks the contract: the run record stores it as evidence of what the
            // solver produced, while the failure keeps it from being judged.
            return new RunOutput(run, output, OutputValidator.Validate(request, output), wall);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            return Stopped(run, wall, cancellationToken.IsCancellationRequested, ignored: false);
        }
        catch (Exception ex)
        {
            return new RunOutput(run, null, new RunFailure(RunFailureKind.Exception,
                $"solver '{run.Solver.Id}' failed on case '{run.Case.Id}': {ex.GetType().Name}: {ex.Message}"), wall);
        }
    }

    private RunOutput Stopped(PlannedRun run, TimeSpan wall, bool cancelled, bool ignored)
    {
        if (cancelled)
        {
            return Cancelled(run, wall);
        }

        var how = ignored
            ? "it did not stop when cancelled, so the harness stopped waiting"
            : "it stopped when cancelled";
        var limit = options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return new RunOutput(run, null, new RunFailure(RunFailureKind.Timeout,
            $"solver '{run.Solver.Id}' exceeded the time limit of {limit} s on case '{run.Case.Id}'; {how}"), wall);
    }

    private static RunOutput Cancelled(PlannedRun run, TimeSpan wall) =>
        new(run, null, new RunFailure(RunFailureKind.Cancelled,
            $"the run was cancelled before solver '{run.Solver.Id}' finished case '{run.Case.Id}'"), wall);
}
