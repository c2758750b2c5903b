namespace TwinVal.External.Processes;

/// <summary>Bounds that keep one misbehaving process from exhausting the harness's memory or disk.</summary>
/// <param name="KeptLogBytes">Bytes of stdout and of stderr kept (the last ones) for diagnostics.</param>
/// <param name="MaxLogBytes">Bytes a process may write to stdout or to stderr before it is killed as flooding.</param>
/// <param name="MaxOutputBytes">Largest total size of the output folder; the process is killed past it.</param>
/// <param name="PollInterval">How often the output folder's size is measured while the process runs.</param>
public sealed record ProcessLimits(int KeptLogBytes, long MaxLogBytes, long MaxOutputBytes, TimeSpan PollInterval)
{
    /// <summary>64 KiB kept per stream, 16 MiB per stream allowed, 64 MiB of output, measured every 50 ms.</summary>
    public static ProcessLimits Default { get; } = new(64 * 1024, 16L * 1024 * 1024, 64L * 1024 * 1024, TimeSpan.FromMilliseconds(50));
}
