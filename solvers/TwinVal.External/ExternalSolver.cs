using System.Collections.Immutable;
using System.Globalization;
using TwinVal.External.Manifests;
using TwinVal.External.Processes;
using TwinVal.External.Protocol;
using TwinVal.Harness.Execution;

namespace TwinVal.External;

/// <summary>
/// A partner's solver run as a separate process through the external protocol: a fresh working folder per run with
/// <c>input.json</c>, the manifest's argv run directly (no shell), then <c>output.csv</c> and <c>qoi.json</c> read back.
/// Every misbehaviour of the process (exit code, signal, hang, flooding, oversized or malformed output, writes outside
/// its working folder that can be seen) becomes a <see cref="SolverException"/> saying exactly what happened; the
/// working folder is always removed.
/// </summary>
public sealed class ExternalSolver : ISolver, ISolverProvenance, IDisposable
{
    /// <summary>Prefix of every run's working folder under <see cref="ExternalSolverOptions.TempRoot"/>.</summary>
    public const string RunFolderPrefix = "run-";

    private const int StderrInMessage = 2000;
    private readonly ExternalSolverOptions options;

    // Runs of a solver that does not declare concurrent-runs: true are serialised.
    private readonly SemaphoreSlim? gate;

    /// <summary>Creates the solver of <paramref name="manifest"/>.</summary>
    public ExternalSolver(SolverManifest manifest, ExternalSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Manifest = manifest;
        this.options = options ?? ExternalSolverOptions.Default;
        gate = manifest.ConcurrentRuns ? null : new SemaphoreSlim(1, 1);
    }

    /// <summary>The manifest this solver was built from.</summary>
    public SolverManifest Manifest { get; }

    /// <inheritdoc/>
    public string Id => Manifest.Id;

    /// <inheritdoc/>
    public string Version => Manifest.Version;

    /// <inheritdoc/>
    public SolverKind Kind => SolverKind.External;

    /// <summary>The manifest, and the program when it names a file (a bare name found on PATH at run time is not hashed).</summary>
    public ImmutableArray<(string Role, string Path)> IdentityFiles =>
        File.Exists(Manifest.Program)
            ? [("executable", Path.GetFullPath(Manifest.Program)), ("manifest", Path.GetFullPath(Manifest.Path))]
            : [("manifest", Path.GetFullPath(Manifest.Path))];

    /// <inheritdoc/>
    public ImmutableArray<string> SupportedModels => Manifest.Models;

    /// <inheritdoc/>
    public async Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var work = Path.Combine(options.TempRoot, $"{RunFolderPrefix}{Id}-{Guid.NewGuid():N}");
        try
        {
            return await SolveInAsync(work, request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            RemoveFolder(work);
            gate?.Release();
        }
    }

    /// <summary>Releases the gate that serialises runs.</summary>
    public void Dispose() => gate?.Dispose();

    private async Task<SolverOutput> SolveInAsync(string work, SolveRequest request, CancellationToken cancellationToken)
    {
        var outdir = Path.Combine(work, "out");
        var input = Path.Combine(work, "input.json");
        Directory.CreateDirectory(outdir);
        Directory.CreateDirectory(Path.Combine(work, "tmp"));
        await File.WriteAllTextAsync(input, InputJson.Serialize(request), cancellationToken).ConfigureAwait(false);

        var ownFolder = FolderSnapshot.Take(Manifest.Folder);
        var tempRoot = FolderSnapshot.Take(options.TempRoot, IsForeign, recursive: false);
        var spec = new ProcessSpec(
            Manifest.Program,
            [.. Manifest.Arguments.Select(a => Expand(a, input, outdir, work, Manifest.Folder))],
            work,
            Environment(work),
            Manifest.Timeout,
            options.Limits with { MaxOutputBytes = Manifest.MaxOutputBytes },
            outdir);
        var result = await ProcessLauncher.RunAsync(spec, cancellationToken).ConfigureAwait(false);

        CheckEnd(result);
        CheckWrites(ownFolder, FolderSnapshot.Take(Manifest.Folder), tempRoot, FolderSnapshot.Take(options.TempRoot, IsForeign, recursive: false));
        var size = ProcessLauncher.FolderSize(outdir);
        if (size > Manifest.MaxOutputBytes)
        {
            throw new SolverException($"the output folder holds {size} bytes, more than the cap of {Mebibytes(Manifest.MaxOutputBytes)} MiB (max-output-mebibytes in the manifest)");
        }

        var (series, qoi) = OutputReader.Read(outdir, request, Manifest.AllowNonFinite);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add($"external process: exit code 0, stdout {result.StdoutBytes} bytes, stderr {result.StderrBytes} bytes");
        if (result.StderrBytes > 0)
        {
            notes.Add($"stderr: {Tail(result.Stderr)}");
        }

        return new SolverOutput(series, qoi, new SolverDiagnostics("external", 0, 0, 0, 0, result.Elapsed, notes.ToImmutable()));
    }

    /// <summary>Replaces the protocol's placeholders in one argv element.</summary>
    internal static string Expand(string template, string input, string outdir, string workdir, string solverdir) =>
        template.Replace("{input}", input, StringComparison.Ordinal)
            .Replace("{solverdir}", solverdir, StringComparison.Ordinal)
            .Replace("{outdir}", outdir, StringComparison.Ordinal)
            .Replace("{workdir}", workdir, StringComparison.Ordinal);

    private ImmutableDictionary<string, string> Environment(string work)
    {
        var env = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in Manifest.PassEnvironment.Prepend("PATH"))
        {
            if (System.Environment.GetEnvironmentVariable(name) is { } value)
            {
                env[name] = value;
            }
        }

        // Well-behaved scratch writes (temp files, dot-files in HOME) land inside the working folder.
        env["TMPDIR"] = Path.Combine(work, "tmp");
        env.TryAdd("HOME", work);
        env["TWINVAL_PROTOCOL"] = InputJson.ProtocolVersion.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in Manifest.Environment)
        {
            env[name] = value;
        }

        return env.ToImmutable();
    }

    private void CheckEnd(ProcessResult result)
    {
        var limit = Manifest.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var message = result.End switch
        {
            ProcessEnd.TimedOut => $"the process ran past its time limit of {limit} s (timeout-seconds in the manifest); the whole process tree was killed",
            ProcessEnd.Flooded => $"the process flooded its logs (stdout {result.StdoutBytes} bytes, stderr {result.StderrBytes} bytes; the limit is {Mebibytes(options.Limits.MaxLogBytes)} MiB per stream); the whole process tree was killed",
            ProcessEnd.OutputTooLarge => $"the output folder grew past the cap of {Mebibytes(Manifest.MaxOutputBytes)} MiB (max-output-mebibytes in the manifest); the whole process tree was killed",
            _ when result.ExitCode != 0 => ExitMessage(result.ExitCode),
            _ => null,
        };
        if (message is not null)
        {
            throw new SolverException(result.StderrBytes > 0 ? $"{message}; stderr: {Tail(result.Stderr)}" : $"{message}; stderr was empty");
        }
    }

    private static string ExitMessage(int code)
    {
        // On Unix, .NET reports a process killed by signal N as exit code 128 + N, like a shell does.
        var signal = code - 128;
        return signal is > 0 and < 65
            ? $"the process was killed by signal {signal}{SignalName(signal)} (exit code {code})"
            : $"the process exited with code {code}";
    }

    private static string SignalName(int signal) => signal switch
    {
        6 => " (SIGABRT)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV, a crash)",
        15 => " (SIGTERM)",
        _ => string.Empty,
    };

    private void CheckWrites(FolderSnapshot ownBefore, FolderSnapshot ownAfter, FolderSnapshot tempBefore, FolderSnapshot tempAfter)
    {
        var outside = ownAfter.ChangedSince(ownBefore).Select(p => Path.Combine(Manifest.Folder, p))
            .Concat(tempAfter.ChangedSince(tempBefore).Select(p => Path.Combine(options.TempRoot, p)))
            .ToList();
        if (outside.Count > 0)
        {
            throw new SolverException($"the process wrote outside its working folder: {string.Join(", ", outside.Take(5))}"
                + (outside.Count > 5 ? $" and {outside.Count - 5} more" : string.Empty)
                + "; a solver may write only inside {workdir} (its output into {outdir})");
        }
    }

    private static bool IsForeign(string relative) => !relative.StartsWith(RunFolderPrefix, StringComparison.Ordinal);

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= StderrInMessage ? trimmed : "…" + trimmed[^StderrInMessage..];
    }

    private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.###", CultureInfo.InvariantCulture);

    private static void RemoveFolder(string folder)
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A straggling descendant may still be writing; try again shortly, then give up (never fail the run for it).
                Thread.Sleep(50);
            }
        }
    }
}
