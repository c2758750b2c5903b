namespace TwinVal.Numerics;

/// <summary>An integration that cannot continue, with the time and cause.</summary>
public sealed class IntegrationException : Exception
{
    /// <summary>Creates the exception for a failure at <paramref name="time"/>.</summary>
    /// <param name="failure">The cause.</param>
    /// <param name="time">Time reached when the integration stopped.</param>
    /// <param name="message">What happened, including the time and, when known, the state component.</param>
    public IntegrationException(IntegrationFailure failure, double time, string message)
        : base(message)
    {
        Failure = failure;
        Time = time;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public IntegrationException()
        : base("the integration failed")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IntegrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public IntegrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The cause.</summary>
    public IntegrationFailure Failure { get; }

    /// <summary>Time reached when the integration stopped.</summary>
    public double Time { get; }
}
