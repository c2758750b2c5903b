namespace TwinVal.Harness.Execution;

/// <summary>How a solver is run.</summary>
public enum SolverKind
{
    /// <summary>In process, shipped with TwinVal.</summary>
    BuiltIn,

    /// <summary>A separate process speaking the external protocol.</summary>
    External,
}
