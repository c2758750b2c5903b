namespace TwinVal.Harness.Execution;

/// <summary>Why a run produced no usable output.</summary>
public enum RunFailureKind
{
    /// <summary>The solver threw.</summary>
    Exception,

    /// <summary>The run exceeded its time limit.</summary>
    Timeout,

    /// <summary>The whole run was cancelled (Ctrl-C) before this run finished.</summary>
    Cancelled,

    /// <summary>The output was malformed: missing columns, wrong rows, incompatible units.</summary>
    InvalidOutput,
}
