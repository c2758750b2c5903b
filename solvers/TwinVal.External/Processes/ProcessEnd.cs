namespace TwinVal.External.Processes;

/// <summary>How a solver process ended.</summary>
public enum ProcessEnd
{
    /// <summary>It exited by itself (with any exit code).</summary>
    Exited,

    /// <summary>It ran past its time limit and its process tree was killed.</summary>
    TimedOut,

    /// <summary>It wrote more than the limit to stdout or stderr and its process tree was killed.</summary>
    Flooded,

    /// <summary>Its output folder grew past the size cap and its process tree was killed.</summary>
    OutputTooLarge,

    /// <summary>The caller cancelled (Ctrl-C, the harness's own time limit) and its process tree was killed.</summary>
    Cancelled,
}
