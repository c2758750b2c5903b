namespace TwinVal.Reports;

/// <summary>A field of a run record that is missing or malformed.</summary>
public sealed class RecordFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public RecordFormatException(string field, string message)
        : base($"{field}: {message}") => Field = field;

    /// <summary>Creates the exception with a generic message.</summary>
    public RecordFormatException()
        : base("malformed run record") => Field = string.Empty;

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RecordFormatException(string message, Exception innerException)
        : base(message, innerException) => Field = string.Empty;

    /// <summary>Dotted path of the field, for example <c>results[2].verdict</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field, without the field's path.</summary>
    public string Reason => Field.Length > 0 && Message.StartsWith(Field + ": ", StringComparison.Ordinal) ? Message[(Field.Length + 2)..] : Message;
}
