namespace TwinVal.Reports.Verification;

/// <summary>
/// One thing wrong with a PDF or one of its signatures: where it is (byte offset and/or object number), what was found,
/// what was expected, and why it matters.
/// </summary>
/// <param name="Offset">Byte offset in the file, when the problem has a place.</param>
/// <param name="ObjectNumber">Object number, when the problem concerns an indirect object.</param>
/// <param name="Field">What was examined: "startxref", "/ByteRange", "certificate chain", …</param>
/// <param name="Found">What the file holds.</param>
/// <param name="Expected">What a valid file holds instead.</param>
/// <param name="Why">Why it matters for the evidence.</param>
public sealed record VerificationProblem(long? Offset, int? ObjectNumber, string Field, string Found, string Expected, string Why)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var place = (Offset, ObjectNumber) switch
        {
            ({ } o, { } n) => $"byte {o}, object {n}: ",
            ({ } o, null) => $"byte {o}: ",
            (null, { } n) => $"object {n}: ",
            _ => "",
        };
        return $"{place}{Field}: found {Found}; expected {Expected} ({Why})";
    }
}
