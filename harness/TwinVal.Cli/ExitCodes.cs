namespace TwinVal.Cli;

/// <summary>Process exit codes, the contract CI pipelines rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and passed (or, for non-run commands, the command succeeded).</summary>
    public const int Success = 0;

    /// <summary>A check failed or a run errored.</summary>
    public const int Failure = 1;

    /// <summary>Usage, input or configuration error: bad arguments, a broken case, an unknown solver.</summary>
    public const int UsageOrInput = 2;
}
