namespace TwinVal.Harness.Reporting;

/// <summary>Whether a run record is complete.</summary>
public enum RunStatus
{
    /// <summary>Still running: the record holds every run finished so far.</summary>
    Running,

    /// <summary>Every planned run finished.</summary>
    Completed,

    /// <summary>Cancelled (Ctrl-C): the record holds every run finished before cancellation.</summary>
    Cancelled,
}
