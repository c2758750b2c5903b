namespace TwinVal.Reports.PdfFile;

/// <summary>The file is not a PDF this code can read or update; the message names the byte offset and what was expected.</summary>
public sealed class PdfFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PdfFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public PdfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
