namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>An implicit diffusion solve that did not reach its tolerance within its iteration budget, or diverged.</summary>
public sealed class LinearSolverException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public LinearSolverException()
        : base("the linear solve did not converge")
    {
    }

    /// <summary>Creates the exception with a message stating iterations, residual and tolerance.</summary>
    /// <param name="message">What happened.</param>
    public LinearSolverException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public LinearSolverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
