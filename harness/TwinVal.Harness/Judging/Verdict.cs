namespace TwinVal.Harness.Judging;

/// <summary>The outcome of a check, a run, or a roll-up of runs.</summary>
public enum Verdict
{
    /// <summary>Every check passed.</summary>
    Pass,

    /// <summary>At least one check failed.</summary>
    Fail,

    /// <summary>The run could not be judged: the solver crashed, timed out or produced bad output.</summary>
    Error,

    /// <summary>The solver does not implement the case's model.</summary>
    Unsupported,

    /// <summary>The run was not executed (filtered out or cancelled before it started).</summary>
    Skipped,
}
