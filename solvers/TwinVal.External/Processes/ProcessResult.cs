namespace TwinVal.External.Processes;

/// <summary>What a finished (or killed) solver process left behind.</summary>
/// <param name="End">How it ended.</param>
/// <param name="ExitCode">Exit code; on Unix a process killed by signal N reports 128 + N.</param>
/// <param name="Stdout">Last bytes of stdout (see <see cref="ProcessLimits.KeptLogBytes"/>).</param>
/// <param name="Stderr">Last bytes of stderr.</param>
/// <param name="StdoutBytes">Total bytes written to stdout.</param>
/// <param name="StderrBytes">Total bytes written to stderr.</param>
/// <param name="Elapsed">Wall time from start to exit.</param>
public sealed record ProcessResult(
    ProcessEnd End, int ExitCode, string Stdout, string Stderr, long StdoutBytes, long StderrBytes, TimeSpan Elapsed);
