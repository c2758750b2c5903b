namespace TwinVal.Harness;

/// <summary>
/// One thing wrong with an input (case, CSV, manifest, command line): where it is and what was expected.
/// Loaders collect every problem they find rather than stopping at the first.
/// </summary>
/// <param name="File">Path of the file the problem is in, as given to the loader.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Field">Dotted path of the field (for example <c>parameters.R.unit</c>), when the problem belongs to one.</param>
/// <param name="Message">What is wrong and, where it helps, what was expected instead.</param>
/// <param name="Severity">Errors make the input unusable; warnings are reported and the input is still used.</param>
public sealed record Problem(
    string File,
    int? Line,
    int? Column,
    string? Field,
    string Message,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>Compiler-style text: <c>file:line:column: error: field: message</c>.</summary>
    public override string ToString()
    {
        var location = File;
        if (Line is { } line)
        {
            location += Column is { } column ? $":{line}:{column}" : $":{line}";
        }

        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Field is null
            ? $"{location}: {severity}: {Message}"
            : $"{location}: {severity}: {Field}: {Message}";
    }
}
