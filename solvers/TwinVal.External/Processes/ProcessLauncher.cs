using System.ComponentModel;
using System.Diagnostics;
using TwinVal.Harness.Execution;

namespace TwinVal.External.Processes;

/// <summary>
/// Starts a program with an argument vector (no shell), a closed stdin and a complete, explicit environment; drains
/// stdout and stderr with bounded memory; and kills the whole process tree on time-out, flooding, an output folder
/// past its size cap, or cancellation. Whatever happens, the process and its pipes are released before it returns.
/// </summary>
public static class ProcessLauncher
{
    // After the process exits, its pipes close once every descendant holding them has exited too. A descendant that
    // lives on must not hang the harness: its pipes are abandoned after this grace period.
    private static readonly TimeSpan PipeGrace = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="spec"/> to its end.</summary>
    /// <exception cref="SolverException">The program cannot be started (missing, not executable).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the process tree was killed first.</exception>
    public static async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var process = new Process { StartInfo = StartInfo(spec) };
        using var stop = new CancellationTokenSource();
        var reason = (int)ProcessEnd.Exited;
        void Stop(ProcessEnd why)
        {
            // First reason wins: a flood that triggers a kill must not later read as a time-out.
            if (Interlocked.CompareExchange(ref reason, (int)why, (int)ProcessEnd.Exited) == (int)ProcessEnd.Exited)
            {
                stop.Cancel();
            }
        }

        var stdout = new BoundedCapture(spec.Limits.KeptLogBytes, spec.Limits.MaxLogBytes, () => Stop(ProcessEnd.Flooded));
        var stderr = new BoundedCapture(spec.Limits.KeptLogBytes, spec.Limits.MaxLogBytes, () => Stop(ProcessEnd.Flooded));
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new SolverException($"cannot start '{spec.Program}': {ex.Message} (check the argv in the manifest: the program must exist and be executable)", ex);
        }

        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process already exited and closed its end; nothing to do.
        }

        var drains = Task.WhenAll(stdout.DrainAsync(process.StandardOutput.BaseStream), stderr.DrainAsync(process.StandardError.BaseStream));
        using var timeout = new CancellationTokenSource(spec.Timeout);
        using var onTimeout = timeout.Token.Register(() => Stop(ProcessEnd.TimedOut));
        using var onCancel = cancellationToken.Register(() => Stop(ProcessEnd.Cancelled));
        var watch = spec.WatchedFolder is { } folder
            ? WatchSizeAsync(folder, spec.Limits, () => Stop(ProcessEnd.OutputTooLarge), stop.Token)
            : Task.CompletedTask;

        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var elapsed = clock.Elapsed;
        await stop.CancelAsync().ConfigureAwait(false);
        await watch.ConfigureAwait(false);
        if (await Task.WhenAny(drains, Task.Delay(PipeGrace, CancellationToken.None)).ConfigureAwait(false) != drains)
        {
            // A descendant still holds the pipes: kill what is left of the tree we know, then stop listening.
            Kill(process);
        }

        var end = (ProcessEnd)Volatile.Read(ref reason);
        if (end == ProcessEnd.Cancelled)
        {
            throw new OperationCanceledException("the run was cancelled; the solver's process tree was killed", cancellationToken);
        }

        return new ProcessResult(end, process.ExitCode, stdout.Text(), stderr.Text(), stdout.TotalBytes, stderr.TotalBytes, elapsed);
    }

    private static ProcessStartInfo StartInfo(ProcessSpec spec)
    {
        var info = new ProcessStartInfo(spec.Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = spec.WorkingFolder,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Nothing is inherited: the process sees exactly the environment the manifest declares.
        info.Environment.Clear();
        foreach (var (name, value) in spec.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Part of the tree exited while it was being killed.
        }
    }

    private static async Task WatchSizeAsync(string folder, ProcessLimits limits, Action onTooLarge, CancellationToken token)
    {
        using var timer = new PeriodicTimer(limits.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
            {
                if (FolderSize(folder) > limits.MaxOutputBytes)
                {
                    onTooLarge();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The process ended.
        }
    }

    /// <summary>Total bytes of the files under <paramref name="folder"/> (0 when it vanished).</summary>
    internal static long FolderSize(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Exists ? f.Length : 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
