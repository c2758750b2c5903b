namespace TwinVal.Harness.Execution;

/// <summary>A failure a solver can explain (divergence, step size underflow, unsupported setting).</summary>
public sealed class SolverException : Exception
{
    /// <summary>Creates the exception with a message that says what failed and why.</summary>
    public SolverException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public SolverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public SolverException()
        : base("the solver failed")
    {
    }
}
