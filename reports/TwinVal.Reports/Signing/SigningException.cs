namespace TwinVal.Reports.Signing;

/// <summary>A report cannot be signed: the message names the file and what was expected (a usage or input error).</summary>
public sealed class SigningException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SigningException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SigningException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public SigningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
