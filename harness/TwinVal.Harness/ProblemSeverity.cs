namespace TwinVal.Harness;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input cannot be used.</summary>
    Error,

    /// <summary>The input is used, but something deserves a look.</summary>
    Warning,
}
