namespace TwinVal.Reports.Verification;

/// <summary>Raised inside the reader when the file's structure cannot be followed; carries the problem to report.</summary>
internal sealed class PdfFormatException(VerificationProblem problem) : Exception(problem.ToString())
{
    public VerificationProblem Problem { get; } = problem;

    public static PdfFormatException At(long offset, string field, string found, string expected, int? objectNumber = null) =>
        new(new VerificationProblem(offset, objectNumber, field, found, expected, "the file's structure cannot be followed"));
}
